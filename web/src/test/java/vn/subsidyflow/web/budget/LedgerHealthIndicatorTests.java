package vn.subsidyflow.web.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import vn.subsidyflow.budget.LedgerMonitor;
import vn.subsidyflow.budget.ReconciliationRun;

/** The health probe must stay cheap: it reports the monitor's latest result and never reconciles itself. */
class LedgerHealthIndicatorTests {

    @Test
    void shouldReportUnknownWithoutReconcilingBeforeTheFirstScheduledRun() {
        LedgerMonitor monitor = mock(LedgerMonitor.class);
        when(monitor.latest()).thenReturn(Optional.empty());

        Health health = new LedgerHealthIndicator(monitor).health();

        assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
        assertThat(health.getDetails()).containsKey("reconciliation");
        verify(monitor, never()).check();
    }

    @Test
    void shouldReportTheLatestRunRecordedByAnyNodeWithoutReconciling() {
        LedgerMonitor monitor = mock(LedgerMonitor.class);
        // This node never reconciled; another node's run is in the database.
        when(monitor.latest()).thenReturn(Optional.empty());
        when(monitor.latestRun()).thenReturn(Optional.of(new ReconciliationRun(Instant.parse("2026-11-30T02:00:00Z"),
                true, "42@node-b", 12, false, List.of(7L), List.of(), 1500)));

        Health health = new LedgerHealthIndicator(monitor).health();

        assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(health.getDetails()).containsEntry("checkedBy", "42@node-b").containsEntry("mismatchedLines", List.of(7L))
                .containsEntry("lines", 12);
        verify(monitor, never()).check();
    }
}

package vn.subsidyflow.web.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import vn.subsidyflow.budget.LedgerMonitor;

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
}

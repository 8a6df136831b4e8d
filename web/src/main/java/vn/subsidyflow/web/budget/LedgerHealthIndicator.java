package vn.subsidyflow.web.budget;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;
import vn.subsidyflow.budget.LedgerMonitor;
import vn.subsidyflow.budget.ReconciliationRun;

/**
 * {@code ledger} in /actuator/health: OUT_OF_SERVICE when the latest reconciliation found a balance
 * that disagrees with its entries (the node itself works; finance must look before paying more).
 * It reports the latest reconciliation as recorded in the database — scheduled once per cluster, by
 * whichever node took the lock, or asked for on any node — so every node answers the same, and never
 * reconciles itself: a reconciliation reads every ledger entry (3-4 s at a million), which made the
 * first health probe after a start answer 4 s late. Until the first run the ledger is UNKNOWN, which leaves the node's
 * overall status to the others.
 */
@Component("ledger")
class LedgerHealthIndicator implements HealthIndicator {

    private final LedgerMonitor monitor;

    LedgerHealthIndicator(LedgerMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public Health health() {
        ReconciliationRun latest = monitor.latestRun().orElse(null);
        if (latest == null) {
            return Health.unknown().withDetail("reconciliation", "not run yet (it runs on a schedule, once per cluster)").build();
        }
        Health.Builder health = latest.consistent() ? Health.up() : Health.status(Status.OUT_OF_SERVICE);
        return health.withDetail("checkedAt", latest.checkedAt().toString())
                .withDetail("checkedBy", latest.node())
                .withDetail("scheduled", latest.scheduled())
                .withDetail("lines", latest.lineCount())
                .withDetail("mismatchedLines", latest.mismatchedLineIds())
                .withDetail("mismatchedProgrammes", latest.mismatchedProgrammeIds())
                .build();
    }
}

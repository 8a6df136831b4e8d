package vn.subsidyflow.web.budget;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;
import vn.subsidyflow.budget.LedgerMonitor;
import vn.subsidyflow.budget.Reconciliation;

/**
 * {@code ledger} in /actuator/health: OUT_OF_SERVICE when the latest reconciliation found a balance
 * that disagrees with its entries (the node itself works; finance must look before paying more).
 * It reports the {@link LedgerMonitor}'s latest result and never reconciles itself: a reconciliation
 * reads every ledger entry (3-4 s at a million), which made the first health probe after a start
 * answer 4 s late, and would run once per probe on a node probed before its first scheduled run.
 * Until that run the ledger is UNKNOWN, which leaves the node's overall status to the others.
 */
@Component("ledger")
class LedgerHealthIndicator implements HealthIndicator {

    private final LedgerMonitor monitor;

    LedgerHealthIndicator(LedgerMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public Health health() {
        Reconciliation latest = monitor.latest().orElse(null);
        if (latest == null) {
            return Health.unknown().withDetail("reconciliation", "not run yet on this node (it runs on a schedule)").build();
        }
        Health.Builder health = latest.consistent() ? Health.up() : Health.status(Status.OUT_OF_SERVICE);
        return health.withDetail("checkedAt", latest.checkedAt().toString())
                .withDetail("lines", latest.lines().size())
                .withDetail("mismatchedLines", latest.mismatchedLines().stream().map(l -> l.lineId()).toList())
                .withDetail("mismatchedProgrammes", latest.mismatchedProgrammes().stream().map(p -> p.policyVersionId()).toList())
                .build();
    }
}

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
 */
@Component("ledger")
class LedgerHealthIndicator implements HealthIndicator {

    private final LedgerMonitor monitor;

    LedgerHealthIndicator(LedgerMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public Health health() {
        Reconciliation latest = monitor.latest().orElseGet(monitor::check);
        Health.Builder health = latest.consistent() ? Health.up() : Health.status(Status.OUT_OF_SERVICE);
        return health.withDetail("checkedAt", latest.checkedAt().toString())
                .withDetail("lines", latest.lines().size())
                .withDetail("mismatchedLines", latest.mismatchedLines().stream().map(l -> l.lineId()).toList())
                .withDetail("mismatchedProgrammes", latest.mismatchedProgrammes().stream().map(p -> p.policyVersionId()).toList())
                .build();
    }
}

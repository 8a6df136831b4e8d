package vn.subsidyflow.budget;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import vn.subsidyflow.database.OncePerCluster;

/**
 * Reconciles the ledger every {@code subsidyflow.reconciliation.interval-ms}, once per cluster: each
 * node ticks, and the one that takes the {@code ledger-reconciliation} lock runs it and holds the
 * lock for most of an interval, so the other nodes' ticks of that interval skip. A reconciliation
 * reads every ledger entry (seconds at a million), so N nodes each running it would cost N times
 * that for the same answer. {@code subsidyflow.reconciliation.enabled=false} switches it off (the
 * benchmark does while it measures lifecycles); {@code GET /api/v1/budget/reconciliation} still works.
 */
@Component
@ConditionalOnProperty(name = "subsidyflow.reconciliation.enabled", havingValue = "true", matchIfMissing = true)
class LedgerReconciliationSchedule implements SchedulingConfigurer {

    static final String LOCK = "ledger-reconciliation";
    private static final Logger log = LoggerFactory.getLogger(LedgerReconciliationSchedule.class);

    private final LedgerMonitor monitor;
    private final OncePerCluster cluster;
    private final ReconciliationSettings settings;

    LedgerReconciliationSchedule(LedgerMonitor monitor, OncePerCluster cluster, ReconciliationSettings settings) {
        this.monitor = monitor;
        this.cluster = cluster;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::scheduled,
                Duration.ofMillis(settings.intervalMs()), Duration.ofMillis(settings.initialDelayMs())));
    }

    void scheduled() {
        Duration interval = Duration.ofMillis(settings.intervalMs());
        try {
            // Held at least 9/10 of an interval: the next run, on whichever node ticks first after
            // that, comes about one interval later. Held at most ten intervals if this node dies.
            cluster.run(LOCK, interval.multipliedBy(10), interval.multipliedBy(9).dividedBy(10), monitor::checkOnSchedule);
        } catch (RuntimeException e) {
            log.warn("Ledger reconciliation could not run: {}", e.getMessage());
        }
    }
}

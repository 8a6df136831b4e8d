package vn.subsidyflow.budget;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Reconciles the ledger on a schedule (and whenever asked), keeps the latest result for the health
 * endpoint, and raises an alert in the log — once per change of state — when a balance disagrees
 * with its entries.
 */
@Component
@EnableConfigurationProperties(ReconciliationSettings.class)
public class LedgerMonitor implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(LedgerMonitor.class);

    private final BudgetLedger ledger;
    private final ReconciliationSettings settings;
    private final AtomicReference<Reconciliation> latest = new AtomicReference<>();

    LedgerMonitor(BudgetLedger ledger, ReconciliationSettings settings) {
        this.ledger = ledger;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::scheduled,
                Duration.ofMillis(settings.intervalMs()), Duration.ofMillis(settings.initialDelayMs())));
    }

    void scheduled() {
        try {
            check();
        } catch (RuntimeException e) {
            log.warn("Ledger reconciliation could not run: {}", e.getMessage());
        }
    }

    /** Reconciles now, records and returns the result. */
    public Reconciliation check() {
        Reconciliation result = ledger.reconcile();
        Reconciliation before = latest.getAndSet(result);
        if (!result.consistent()) {
            if (before == null || before.consistent()) {
                log.error("ALERT budget ledger mismatch: lines {} programmes {}", result.mismatchedLines(),
                        result.mismatchedProgrammes());
            }
        } else if (before != null && !before.consistent()) {
            log.warn("Budget ledger consistent again after a mismatch");
        }
        return result;
    }

    public Optional<Reconciliation> latest() {
        return Optional.ofNullable(latest.get());
    }
}

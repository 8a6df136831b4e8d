package vn.subsidyflow.budget;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.subsidyflow.database.Transactions;

/**
 * Reconciles the ledger on a schedule (once per cluster, {@link LedgerReconciliationSchedule}) and
 * whenever asked, and raises an alert in the log — once per change of state — when a scheduled run
 * finds a balance that disagrees with its entries. Each scheduled run is recorded in
 * {@code ledger_reconciliation}, so every node reports the latest one whichever node ran it.
 */
@Component
@EnableConfigurationProperties(ReconciliationSettings.class)
public class LedgerMonitor {

    private static final Logger log = LoggerFactory.getLogger(LedgerMonitor.class);
    /** A minute's run for a month: enough to see when a mismatch appeared, bounded. */
    private static final Duration KEPT = Duration.ofDays(30);
    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    private final BudgetLedger ledger;
    private final ReconciliationMapper runs;
    private final Transactions transactions;
    private final AtomicReference<Reconciliation> latest = new AtomicReference<>();

    LedgerMonitor(BudgetLedger ledger, ReconciliationMapper runs, Transactions transactions) {
        this.ledger = ledger;
        this.runs = runs;
        this.transactions = transactions;
    }

    /**
     * Reconciles now and returns the result (what {@code GET /budget/reconciliation} shows) without
     * recording it: a read writes nothing, so only the schedule's runs (once per cluster) fill
     * {@code ledger_reconciliation}, and a reader polling the endpoint does not grow it.
     */
    public Reconciliation check() {
        Reconciliation result = ledger.reconcile();
        latest.set(result);
        return result;
    }

    /**
     * The recorded run: the schedule's ({@link LedgerReconciliationSchedule}, once per cluster), or
     * one an operator's tooling forces. Its outcome is what every node's health reports.
     */
    public void checkOnSchedule() {
        reconcileAndRecord();
    }

    /**
     * Reconciles, and records the outcome in {@code ledger_reconciliation} so every node's health
     * reports it. The alert compares with the latest recorded run, of any node, so a mismatch is
     * alerted once for the cluster, not once per node.
     */
    private void reconcileAndRecord() {
        long started = System.nanoTime();
        Reconciliation result = ledger.reconcile();
        latest.set(result);
        ReconciliationRun run = new ReconciliationRun(result.checkedAt(), true, NODE, result.lines().size(), result.consistent(),
                result.mismatchedLines().stream().map(LineReconciliation::lineId).toList(),
                result.mismatchedProgrammes().stream().map(ProgrammeReconciliation::policyVersionId).toList(),
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        alertOnChange(latestRun().map(ReconciliationRun::consistent).orElse(true), result);
        transactions.run(() -> {
            runs.insertRun(run.checkedAt(), run.scheduled(), run.node(), run.lineCount(), run.consistent(),
                    ids(run.mismatchedLineIds()), ids(run.mismatchedProgrammeIds()), run.durationMs());
            runs.deleteRunsBefore(Instant.now().minus(KEPT));
        });
    }

    private static void alertOnChange(boolean consistentBefore, Reconciliation result) {
        if (!result.consistent()) {
            if (consistentBefore) {
                log.error("ALERT budget ledger mismatch: lines {} programmes {}", result.mismatchedLines(),
                        result.mismatchedProgrammes());
            }
        } else if (!consistentBefore) {
            log.warn("Budget ledger consistent again after a mismatch");
        }
    }

    /** This node's latest reconciliation, scheduled or asked for, in full (every line). */
    public Optional<Reconciliation> latest() {
        return Optional.ofNullable(latest.get());
    }

    /** The latest reconciliation of the cluster, whichever node ran it; one row read by its key. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<ReconciliationRun> latestRun() {
        return runs.latestRun().map(row -> new ReconciliationRun(row.checkedAt(), row.scheduled(), row.node(), row.lineCount(), row.consistent(),
                idList(row.mismatchedLines()), idList(row.mismatchedProgrammes()), row.durationMs()));
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Long> idList(String ids) {
        return ids.isBlank() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
    }
}

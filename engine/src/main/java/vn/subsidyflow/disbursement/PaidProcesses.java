package vn.subsidyflow.disbursement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/**
 * Ends the processes of dossiers that payment batches paid in full. Ordering a chunk of payments moves
 * the money and makes the dossiers PAID; completing their {@code payment} tasks costs the process
 * engine about thirty statements a dossier, so the chunk only queues the processes here (and takes the
 * tasks out of the inbox) and {@link #closeDue} ends them afterwards, in bounded batches any node may
 * take. A PAID dossier whose process is still open is a normal, short-lived state: nobody sees or
 * acts on its payment task, and the payment worker closes it as soon as no payment is waiting.
 */
@Service
public class PaidProcesses {

    /** The longest wait before a process that failed to close is tried again. */
    static final long MAX_RETRY_DELAY_SECONDS = 3600;
    private static final Logger log = LoggerFactory.getLogger(PaidProcesses.class);

    private final DisbursementMapper mapper;
    private final PaymentTask paymentTask;
    private final Transactions transactions;
    private final int batchSize;

    PaidProcesses(DisbursementMapper mapper, PaymentTask paymentTask, Transactions transactions, PaymentSettings settings) {
        this.mapper = mapper;
        this.paymentTask = paymentTask;
        this.transactions = transactions;
        this.batchSize = settings.chunkSize();
    }

    /**
     * In the ordering chunk's transaction: these dossiers were just paid in full. Their payment tasks
     * leave the inbox now; their processes are queued for {@link #closeDue}. Two statements per chunk.
     */
    void paid(List<Application> applications) {
        List<PaidProcess> processes = applications.stream().filter(a -> a.processInstanceId() != null)
                .map(a -> new PaidProcess(a.id(), a.processInstanceId(), 0)).toList();
        if (processes.isEmpty()) {
            return;
        }
        paymentTask.withdrawPaid(processes.stream().map(PaidProcess::applicationId).toList());
        mapper.insertPaidProcesses(processes);
    }

    /**
     * Closes up to one batch ({@code subsidyflow.payments.chunk-size}) of the queued processes that are
     * due and not being closed elsewhere, in one transaction; returns how many were taken (0: none due).
     * When the batch fails it is rolled back and its processes are closed one per transaction; one that
     * still fails is tried again later (after a minute, doubling up to an hour), never dropped.
     */
    public int closeDue() {
        List<Long> taken = new ArrayList<>();
        try {
            return transactions.inTransaction(() -> {
                taken.clear(); // a deadlock victim is run again whole
                List<PaidProcess> due = mapper.lockPaidProcesses(batchSize);
                due.forEach(process -> taken.add(process.applicationId()));
                close(due);
                return due.size();
            });
        } catch (RuntimeException e) {
            if (isTransient(e) || taken.isEmpty()) {
                throw e; // everything stays queued for the next poll
            }
            if (taken.size() > 1) {
                log.warn("Closing {} paid dossiers' processes failed ({}); closing them one by one", taken.size(), e.toString());
            }
            for (long applicationId : taken) {
                closeAlone(applicationId, taken.size() == 1 ? e : null);
            }
            return taken.size();
        }
    }

    private void close(List<PaidProcess> processes) {
        if (processes.isEmpty()) {
            return;
        }
        paymentTask.completePaid(processes.stream().map(PaidProcess::processInstanceId).filter(Objects::nonNull).toList());
        mapper.deletePaidProcesses(processes.stream().map(PaidProcess::applicationId).toList());
    }

    private void closeAlone(long applicationId, RuntimeException knownFailure) {
        RuntimeException failure = knownFailure;
        if (failure == null) {
            try {
                transactions.run(() -> mapper.lockPaidProcess(applicationId).ifPresent(process -> close(List.of(process))));
                return;
            } catch (RuntimeException e) {
                if (isTransient(e)) {
                    throw e;
                }
                failure = e;
            }
        }
        RuntimeException cause = failure;
        log.error("The process of paid dossier {} cannot be closed; trying again later", applicationId, cause);
        transactions.run(() -> mapper.lockPaidProcess(applicationId).ifPresent(process ->
                mapper.deferPaidProcess(applicationId, describe(cause), retryDelaySeconds(process.attempts()))));
    }

    /** A minute after the first failure, doubling with each further one, at most an hour. */
    static long retryDelaySeconds(int attemptsBefore) {
        return Math.min(MAX_RETRY_DELAY_SECONDS, 60L << Math.min(attemptsBefore, 10));
    }

    private static boolean isTransient(RuntimeException e) {
        return e instanceof DomainFailure failure
                && (failure.failureCode() == FailureCode.DATABASE_UNAVAILABLE || failure.failureCode() == FailureCode.CONCURRENT_UPDATE);
    }

    private static String describe(RuntimeException e) {
        String text = e instanceof DomainFailure failure ? failure.failureCode() + ": " + e.getMessage()
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return text.length() > 500 ? text.substring(0, 497) + "..." : text;
    }
}

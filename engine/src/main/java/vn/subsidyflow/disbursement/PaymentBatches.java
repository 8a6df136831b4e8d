package vn.subsidyflow.disbursement;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.subsidyflow.applicant.Organisation;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.ApplicationRepository;
import vn.subsidyflow.application.ApplicationStatus;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/**
 * What finance does with payments: create a batch of payment orders from dossiers awaiting payment
 * (every payment checked and queued in one transaction — a batch is created whole or not at all),
 * follow it, and confirm each payment with the Treasury's reference. Queued payments are ordered
 * by the {@link PaymentWorker} in chunks, each chunk in its own transaction, so a batch interrupted
 * by a crash simply resumes.
 */
@Service
@EnableConfigurationProperties(PaymentSettings.class)
public class PaymentBatches {

    static final int MAX_BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(PaymentBatches.class);

    private final Disbursements disbursements;
    private final DisbursementMapper mapper;
    private final ApplicationRepository applications;
    private final PaidProcesses paidProcesses;
    private final Transactions transactions;
    private final Clock clock;
    private final Optional<PaymentWorker> worker;
    private final int chunkSize;

    PaymentBatches(Disbursements disbursements, DisbursementMapper mapper, ApplicationRepository applications,
                   PaidProcesses paidProcesses, Transactions transactions, Clock clock, Optional<PaymentWorker> worker,
                   PaymentSettings settings) {
        this.disbursements = disbursements;
        this.mapper = mapper;
        this.applications = applications;
        this.paidProcesses = paidProcesses;
        this.transactions = transactions;
        this.clock = clock;
        this.worker = worker;
        this.chunkSize = settings.chunkSize();
    }

    /** Creates a batch paying each item; returns it with its payments QUEUED. */
    public PaymentBatch create(Actor actor, String description, List<BatchItem> items) {
        Disbursements.requireFinance(actor);
        if (items == null || items.isEmpty() || items.size() > MAX_BATCH) {
            throw new DomainFailure(FailureCode.INVALID_BATCH,
                    "A batch pays 1 to " + MAX_BATCH + " dossiers", Map.of("field", "payments"));
        }
        if (description != null && description.length() > 300) {
            throw new DomainFailure(FailureCode.INVALID_INPUT, "description: at most 300 characters",
                    Map.of("field", "description"));
        }
        Set<Long> seen = new HashSet<>();
        for (BatchItem item : items) {
            if (item == null || item.applicationId() == null) {
                throw new DomainFailure(FailureCode.INVALID_BATCH, "Every payment names its applicationId",
                        Map.of("field", "payments"));
            }
            if (!seen.add(item.applicationId())) {
                throw new DomainFailure(FailureCode.DUPLICATE_DOSSIER_IN_BATCH,
                        "Dossier " + item.applicationId() + " appears twice in the batch", Map.of("applicationId", item.applicationId()));
            }
        }
        return transactions.inTransaction(() -> {
            mapper.insertBatch(description == null ? null : description.trim(), actor.username(), items.size(), 1);
            long batchId = mapper.lastInsertId();
            long total = 0;
            Map<Long, Organisation> beneficiaries = new HashMap<>();
            for (BatchItem item : items) {
                Application application = applications.load(item.applicationId());
                total += disbursements.queue(actor, application, item.amountVnd(), batchId, true, beneficiaries).amountVnd();
            }
            mapper.updateBatchTotal(batchId, total);
            wakeWorkerAfterCommit();
            return batch(batchId);
        });
    }

    public PaymentBatch batch(long id) {
        DisbursementMapper.BatchRow row = mapper.findBatch(id).orElseThrow(() -> DomainFailure.notFound(FailureCode.PAYMENT_BATCH_NOT_FOUND, id));
        return new PaymentBatch(row.id(), row.description(), row.createdBy(), row.paymentCount(), row.totalVnd(),
                row.createdAt(), mapper.findByBatch(id));
    }

    public Payment payment(long id) {
        return mapper.find(id).orElseThrow(() -> DomainFailure.notFound(FailureCode.PAYMENT_NOT_FOUND, id));
    }

    /** Confirms an ordered payment with the Treasury's reference. */
    public Payment confirm(Actor actor, long paymentId, String treasuryReference) {
        Disbursements.requireFinance(actor);
        String reference = Disbursements.requireReference("treasuryReference", treasuryReference);
        return transactions.inTransaction(() -> disbursements.confirm(actor,
                mapper.lock(paymentId).orElseThrow(() -> DomainFailure.notFound(FailureCode.PAYMENT_NOT_FOUND, paymentId)), reference));
    }

    /**
     * Orders up to {@code subsidyflow.payments.chunk-size} of the oldest queued payments not being
     * ordered elsewhere, in one transaction: a chunk commits whole or not at all, so a node killed
     * mid-chunk leaves its rows queued for any node's next poll. Dossiers paid in full have their open
     * payment task taken out of the inbox in the same transaction, and their processes queued for
     * {@link PaidProcesses#closeDue}, which ends them afterwards. Returns how many payments were taken
     * (ordered or failed); 0 when nothing is queued.
     *
     * <p>When a chunk throws, it is rolled back and its payments are ordered one per transaction, so one
     * payment that cannot be ordered does not hold back the others.
     */
    public int orderQueued() {
        List<Long> taken = new ArrayList<>();
        try {
            return transactions.inTransaction(() -> {
                taken.clear(); // a deadlock victim is run again whole
                List<Payment> chunk = mapper.lockQueued(chunkSize);
                chunk.forEach(payment -> taken.add(payment.id()));
                orderLocked(chunk);
                return chunk.size();
            });
        } catch (RuntimeException e) {
            if (isTransient(e) || taken.isEmpty()) {
                throw e; // everything stays queued for the next poll
            }
            if (taken.size() == 1) {
                failAlone(taken.get(0), e);
                return 1;
            }
            log.warn("Ordering a chunk of {} payments failed ({}); ordering them one by one", taken.size(), e.toString());
            for (long id : taken) {
                orderAlone(id);
            }
            return taken.size();
        }
    }

    private void orderLocked(List<Payment> payments) {
        Instant now = clock.instant();
        Map<Long, Organisation> beneficiaries = new HashMap<>();
        List<Application> paid = new ArrayList<>();
        for (Payment payment : payments) {
            // Loaded per payment, not per chunk: two tranches of one dossier in a chunk each see the other's effect.
            Application application = applications.load(payment.applicationId());
            PaymentStatus status = disbursements.orderQueued(Disbursements.queuedBy(payment), payment, application, now, beneficiaries);
            if (status == PaymentStatus.ORDERED && application.status() == ApplicationStatus.PAID) {
                paid.add(application);
            }
        }
        paidProcesses.paid(paid);
    }

    /** Orders one payment of a chunk that failed, in its own transaction, if no one else has meanwhile. */
    private void orderAlone(long paymentId) {
        try {
            transactions.run(() -> mapper.lockIfQueued(paymentId).ifPresent(payment -> orderLocked(List.of(payment))));
        } catch (RuntimeException e) {
            if (isTransient(e)) {
                throw e;
            }
            failAlone(paymentId, e);
        }
    }

    /**
     * A payment that throws on its own, in a fresh transaction, after lock conflicts were already retried,
     * fails the same way every time (bad data or a bug). Left queued, it would be retried at every poll
     * forever and, being the oldest queued row, spoil every chunk it lands in; so it is marked FAILED
     * with the reason — nothing moved, finance sees why on the batch, and the dossier, still awaiting
     * payment, can be queued again once the cause is fixed. Only a database that cannot be reached or a
     * conflict that outlasted the retries ({@link #isTransient}) leaves payments queued for the next poll.
     */
    private void failAlone(long paymentId, RuntimeException cause) {
        log.error("Payment {} cannot be ordered; marking it FAILED", paymentId, cause);
        transactions.run(() -> mapper.lockIfQueued(paymentId).ifPresent(payment -> disbursements.fail(
                Disbursements.queuedBy(payment), payment, applications.load(payment.applicationId()),
                "Ordering failed: " + describe(cause))));
    }

    private static boolean isTransient(RuntimeException e) {
        return e instanceof DomainFailure failure
                && (failure.failureCode() == FailureCode.DATABASE_UNAVAILABLE || failure.failureCode() == FailureCode.CONCURRENT_UPDATE);
    }

    private static String describe(RuntimeException e) {
        return e instanceof DomainFailure failure ? failure.failureCode() + ": " + e.getMessage()
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private void wakeWorkerAfterCommit() {
        worker.ifPresent(w -> TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                w.wake();
            }
        }));
    }
}

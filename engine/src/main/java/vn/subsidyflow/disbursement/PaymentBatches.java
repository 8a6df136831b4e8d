package vn.subsidyflow.disbursement;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.ApplicationRepository;
import vn.subsidyflow.application.ApplicationStatus;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;

/**
 * What finance does with payments: create a batch of payment orders from dossiers awaiting payment
 * (every payment checked and queued in one transaction — a batch is created whole or not at all),
 * follow it, and confirm each payment with the Treasury's reference. Queued payments are ordered
 * one by one by the {@link PaymentWorker}, each in its own transaction, so a batch interrupted by a
 * crash simply resumes.
 */
@Service
public class PaymentBatches {

    static final int MAX_BATCH = 500;

    private final Disbursements disbursements;
    private final DisbursementMapper mapper;
    private final ApplicationRepository applications;
    private final PaymentTask paymentTask;
    private final Transactions transactions;
    private final Clock clock;
    private final Optional<PaymentWorker> worker;

    PaymentBatches(Disbursements disbursements, DisbursementMapper mapper, ApplicationRepository applications,
                   PaymentTask paymentTask, Transactions transactions, Clock clock, Optional<PaymentWorker> worker) {
        this.disbursements = disbursements;
        this.mapper = mapper;
        this.applications = applications;
        this.paymentTask = paymentTask;
        this.transactions = transactions;
        this.clock = clock;
        this.worker = worker;
    }

    /** Creates a batch paying each item; returns it with its payments QUEUED. */
    public PaymentBatch create(Actor actor, String description, List<BatchItem> items) {
        Disbursements.requireFinance(actor);
        if (items == null || items.isEmpty() || items.size() > MAX_BATCH) {
            throw new DomainFailure(DomainFailure.Kind.INVALID, "INVALID_BATCH",
                    "A batch pays 1 to " + MAX_BATCH + " dossiers", Map.of("field", "payments"));
        }
        if (description != null && description.length() > 300) {
            throw new DomainFailure(DomainFailure.Kind.INVALID, "INVALID_INPUT", "description: at most 300 characters",
                    Map.of("field", "description"));
        }
        Set<Long> seen = new HashSet<>();
        for (BatchItem item : items) {
            if (item == null || item.applicationId() == null) {
                throw new DomainFailure(DomainFailure.Kind.INVALID, "INVALID_BATCH", "Every payment names its applicationId",
                        Map.of("field", "payments"));
            }
            if (!seen.add(item.applicationId())) {
                throw new DomainFailure(DomainFailure.Kind.INVALID, "DUPLICATE_DOSSIER_IN_BATCH",
                        "Dossier " + item.applicationId() + " appears twice in the batch", Map.of("applicationId", item.applicationId()));
            }
        }
        return transactions.inTransaction(() -> {
            mapper.insertBatch(description == null ? null : description.trim(), actor.username(), items.size(), 1);
            long batchId = mapper.lastInsertId();
            long total = 0;
            for (BatchItem item : items) {
                Application application = applications.load(item.applicationId());
                total += disbursements.queue(actor, application, item.amountVnd(), batchId, true).amountVnd();
            }
            mapper.updateBatchTotal(batchId, total);
            wakeWorkerAfterCommit();
            return batch(batchId);
        });
    }

    public PaymentBatch batch(long id) {
        DisbursementMapper.BatchRow row = mapper.findBatch(id).orElseThrow(() -> DomainFailure.notFound("payment_batch", id));
        return new PaymentBatch(row.id(), row.description(), row.createdBy(), row.paymentCount(), row.totalVnd(),
                row.createdAt(), mapper.findByBatch(id));
    }

    public Payment payment(long id) {
        return mapper.find(id).orElseThrow(() -> DomainFailure.notFound("payment", id));
    }

    /** Confirms an ordered payment with the Treasury's reference. */
    public Payment confirm(Actor actor, long paymentId, String treasuryReference) {
        Disbursements.requireFinance(actor);
        String reference = Disbursements.requireReference("treasuryReference", treasuryReference);
        return transactions.inTransaction(() -> disbursements.confirm(actor,
                mapper.lock(paymentId).orElseThrow(() -> DomainFailure.notFound("payment", paymentId)), reference));
    }

    /**
     * Orders the oldest queued payment not being ordered elsewhere, in its own transaction; when that
     * pays the dossier in full, its open payment task is completed too, so the process ends.
     * Returns false when nothing is queued.
     */
    public boolean orderNext() {
        return transactions.inTransaction(() -> {
            Optional<Payment> next = mapper.lockNextQueued();
            if (next.isEmpty()) {
                return false;
            }
            Payment payment = next.get();
            Application application = applications.load(payment.applicationId());
            Payment ordered = disbursements.order(Disbursements.queuedBy(payment), payment, application, clock.instant());
            if (ordered.status() == PaymentStatus.ORDERED && application.status() == ApplicationStatus.PAID) {
                paymentTask.completePaid(application);
            }
            return true;
        });
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

package vn.subsidyflow.disbursement;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.subsidyflow.applicant.Accounts;
import vn.subsidyflow.applicant.Organisation;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.ApplicationRepository;
import vn.subsidyflow.application.ApplicationStatus;
import vn.subsidyflow.application.ApplicationNotInState;
import vn.subsidyflow.audit.AuditFacts;
import vn.subsidyflow.audit.AuditTrail;
import vn.subsidyflow.budget.BudgetLedger;
import vn.subsidyflow.database.GeneratedId;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.shared.Role;

/**
 * Pays approved support, in the caller's transaction. A payment is one row per (dossier, tranche)
 * — unique in the database — queued to the beneficiary's checked bank account, then ordered: the
 * dossier's paid amount, the DISBURSE ledger entry (keyed by the payment) and the payment's status
 * change together or not at all. A payment can be ordered once only: its row moves from QUEUED by a
 * conditional update, and its DISBURSE key is unique.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class Disbursements {

    private final DisbursementMapper mapper;
    private final ApplicationRepository applications;
    private final BudgetLedger ledger;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Disbursements(DisbursementMapper mapper, ApplicationRepository applications, BudgetLedger ledger, Accounts accounts,
                  AuditTrail audit, ApplicationEventPublisher events) {
        this.mapper = mapper;
        this.applications = applications;
        this.ledger = ledger;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Pays what is still owed on the dossier in one tranche, confirmed at once with the Treasury's
     * reference (the {@code payment} task's PAY outcome). The dossier must be awaiting payment; it becomes PAID.
     */
    public Payment payRemainder(Actor actor, Application application, String treasuryReference, Instant now) {
        String reference = requireReference("paymentReference", treasuryReference);
        // Like a batch, the task pays only to a complete account on file: a payment order names the
        // beneficiary's bank, number and account name, or the Treasury cannot execute it.
        Payment queued = queue(actor, application, null, null, true);
        Payment ordered = order(actor, queued, application, now);
        return confirm(actor, ordered, reference);
    }

    /**
     * Queues a tranche of {@code amountVnd} (or all that is still owed) for the dossier, to its
     * organisation's bank account as it stands now. Refuses a dossier not awaiting payment, without
     * a bank account, or an amount past what is still owed after the payments already queued.
     */
    Payment queue(Actor actor, Application application, Long amountVnd, Long batchId, boolean requireBankAccount) {
        return queue(actor, application, amountVnd, batchId, requireBankAccount, new HashMap<>());
    }

    /** {@link #queue} with organisations cached for the caller's transaction (a batch often pays one beneficiary many times). */
    Payment queue(Actor actor, Application application, Long amountVnd, Long batchId, boolean requireBankAccount,
                  Map<Long, Organisation> beneficiaries) {
        if (application.status() != ApplicationStatus.AWAITING_PAYMENT) {
            throw new ApplicationNotInState(application.id(), application.status(), "paid");
        }
        if (application.approvedAmountVnd() == null || application.budgetLineId() == null) {
            throw new DomainFailure(FailureCode.NOT_COMMITTED, "Dossier " + application.id() + " has no committed amount to pay");
        }
        Organisation beneficiary = beneficiaries.computeIfAbsent(application.organisationId(), accounts::organisation);
        if (requireBankAccount
                && (blank(beneficiary.bankName()) || blank(beneficiary.bankAccountNumber()) || blank(beneficiary.bankAccountName()))) {
            throw new DomainFailure(FailureCode.MISSING_BANK_ACCOUNT,
                    "The beneficiary of dossier " + application.id() + " has no complete bank account (bank, number, name)",
                    Map.of("applicationId", application.id()));
        }
        long outstanding = application.approvedAmountVnd() - application.paidAmountVnd() - mapper.queuedAmount(application.id());
        long amount = amountVnd == null ? outstanding : amountVnd;
        if (outstanding <= 0) {
            throw new DomainFailure(FailureCode.NOTHING_TO_PAY,
                    "Dossier " + application.id() + " has nothing left to pay (its payments are paid or queued)",
                    Map.of("applicationId", application.id()));
        }
        if (amount <= 0) {
            throw new DomainFailure(FailureCode.INVALID_AMOUNT, "amountVnd must be positive (whole đồng)",
                    Map.of("applicationId", application.id()));
        }
        if (amount > outstanding) {
            throw new DomainFailure(FailureCode.OVERPAYMENT, "Paying " + amount + " đ on dossier "
                    + application.id() + " would exceed what is still owed (" + outstanding + " đ)",
                    Map.of("applicationId", application.id(), "outstandingVnd", outstanding));
        }
        int tranche = mapper.nextTranche(application.id());
        String key = "payment:application:" + application.id() + ":tranche:" + tranche;
        Payment queued = new Payment(null, application.id(), tranche, amount, PaymentStatus.QUEUED, batchId,
                beneficiary.bankName(), beneficiary.bankAccountNumber(), beneficiary.bankAccountName(), null, null, null,
                key, actor.username(), null, null);
        GeneratedId id = new GeneratedId();
        mapper.insert(queued, id);
        // Bumps the dossier's version: two batches queueing the same dossier at once cannot both see it unqueued.
        applications.save(application);
        // What was inserted, with its id; not read back (only createdAt, set by the database, is missing).
        return queued.withId(id.get());
    }

    /**
     * Orders a queued payment: re-checks that the dossier can still be paid to the same account,
     * then records the payment on the dossier and the DISBURSE entry. Returns the payment as it ends
     * up (ORDERED, or FAILED with the reason when it can no longer be made — nothing moved).
     */
    Payment order(Actor actor, Payment payment, Application application, Instant now) {
        orderQueued(actor, payment, application, now, new HashMap<>());
        return mapper.find(payment.id()).orElseThrow();
    }

    /**
     * {@link #order} without reading the payment back: returns ORDERED or FAILED. {@code beneficiaries}
     * caches organisations for the caller's transaction, so a chunk paying one organisation's dossiers
     * reads it once (a plain read in one transaction sees the same row every time anyway).
     */
    PaymentStatus orderQueued(Actor actor, Payment payment, Application application, Instant now,
                              Map<Long, Organisation> beneficiaries) {
        String problem = whyNotPayable(payment, application,
                beneficiaries.computeIfAbsent(application.organisationId(), accounts::organisation));
        if (problem != null) {
            fail(actor, payment, application, problem);
            return PaymentStatus.FAILED;
        }
        String before = application.status().name();
        application.paid(payment.amountVnd(), now);
        if (mapper.markOrdered(payment.id()) == 0) {
            throw new IllegalStateException("Payment " + payment.id() + " was not queued");
        }
        ledger.disburse(actor, application.id(), application.budgetLineId(), payment.amountVnd(), null, payment.idempotencyKey());
        applications.save(application);
        audit.record(actor, application.id(), "PAYMENT_ORDERED", before, application.status().name(),
                "Tranche " + payment.tranche() + ": " + payment.amountVnd() + " đ to " + payment.bankName() + " "
                        + payment.bankAccountNumber(),
                AuditFacts.of("tranche", payment.tranche(), "amountVnd", payment.amountVnd(), "bankName", payment.bankName(),
                        "accountNumber", payment.bankAccountNumber()));
        events.publishEvent(new PaymentOrdered(application.id(), payment.id(), payment.tranche(), payment.amountVnd()));
        return PaymentStatus.ORDERED;
    }

    /** Marks a queued payment FAILED with the reason (at most 500 characters kept); nothing moves. */
    void fail(Actor actor, Payment payment, Application application, String problem) {
        String reason = problem.length() > 500 ? problem.substring(0, 497) + "..." : problem;
        mapper.markFailed(payment.id(), reason);
        audit.record(actor, application.id(), "PAYMENT_FAILED", application.status().name(), application.status().name(),
                "Tranche " + payment.tranche() + ": " + reason, AuditFacts.of("tranche", payment.tranche(), "reason", reason));
    }

    /** Records the Treasury's reference on an ordered payment; the same reference again changes nothing. */
    Payment confirm(Actor actor, Payment payment, String treasuryReference) {
        switch (payment.status()) {
            case CONFIRMED -> {
                if (treasuryReference.equals(payment.treasuryReference())) {
                    return payment;
                }
                throw new DomainFailure(FailureCode.PAYMENT_ALREADY_CONFIRMED,
                        "Payment " + payment.id() + " was confirmed with Treasury reference " + payment.treasuryReference());
            }
            case QUEUED -> throw new DomainFailure(FailureCode.PAYMENT_NOT_ORDERED, "Payment " + payment.id() + " is still queued");
            case FAILED -> throw new DomainFailure(FailureCode.PAYMENT_FAILED, "Payment " + payment.id() + " failed: " + payment.failure());
            case ORDERED -> {
            }
        }
        mapper.markConfirmed(payment.id(), treasuryReference);
        audit.record(actor, payment.applicationId(), "PAYMENT_CONFIRMED", null, null,
                "Tranche " + payment.tranche() + ": Treasury reference " + treasuryReference,
                AuditFacts.of("tranche", payment.tranche(), "treasuryReference", treasuryReference));
        events.publishEvent(new PaymentConfirmed(payment.applicationId(), payment.id(), payment.tranche(),
                payment.amountVnd(), treasuryReference));
        return mapper.find(payment.id()).orElseThrow();
    }

    private static String whyNotPayable(Payment payment, Application application, Organisation beneficiary) {
        if (application.status() != ApplicationStatus.AWAITING_PAYMENT) {
            return "The dossier is " + application.status() + ", no longer awaiting payment";
        }
        if (application.paidAmountVnd() + payment.amountVnd() > application.approvedAmountVnd()) {
            return "Paying " + payment.amountVnd() + " đ would exceed the approved amount";
        }
        if (!Objects.equals(beneficiary.bankName(), payment.bankName())
                || !Objects.equals(beneficiary.bankAccountNumber(), payment.bankAccountNumber())
                || !Objects.equals(beneficiary.bankAccountName(), payment.bankAccountName())) {
            return "The beneficiary's bank account changed after the payment was queued; queue it again";
        }
        return null;
    }

    static String requireReference(String field, String reference) {
        if (reference == null || reference.isBlank() || reference.length() > 100) {
            throw new DomainFailure(FailureCode.MISSING_PAYMENT_REFERENCE,
                    field + " is required: the State Treasury's reference for the payment order (at most 100 characters)",
                    Map.of("field", field));
        }
        return reference.trim();
    }

    static void requireFinance(Actor actor) {
        if (!actor.hasAny(Role.FINANCE, Role.ADMIN)) {
            throw new DomainFailure(FailureCode.FORBIDDEN, "Only finance or an administrator can pay");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<Payment> payments(long applicationId) {
        return mapper.findByApplication(applicationId);
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<Payment> byIdempotencyKey(String key) {
        return mapper.findByIdempotencyKey(key);
    }

    /** The actor a queued payment is ordered as: the finance user who queued it. */
    static Actor queuedBy(Payment payment) {
        return new Actor(payment.createdBy(), Set.of(Role.FINANCE), null, null);
    }
}

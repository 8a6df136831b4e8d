package vn.subsidyflow.disbursement;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.subsidyflow.applicant.Accounts;
import vn.subsidyflow.applicant.Organisation;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.ApplicationRepository;
import vn.subsidyflow.audit.AuditTrail;
import vn.subsidyflow.budget.BudgetLedger;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;

/**
 * Pays approved support. A payment is one row per (dossier, tranche) — unique in the database —
 * plus one DISBURSE ledger entry with the same idempotency key, written in the caller's
 * transaction. Replaying a payment request returns the first payment and moves no money.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class Disbursements {

    private final DisbursementMapper mapper;
    private final ApplicationRepository applications;
    private final BudgetLedger ledger;
    private final Accounts accounts;
    private final AuditTrail audit;

    Disbursements(DisbursementMapper mapper, ApplicationRepository applications, BudgetLedger ledger, Accounts accounts,
                  AuditTrail audit) {
        this.mapper = mapper;
        this.applications = applications;
        this.ledger = ledger;
        this.accounts = accounts;
        this.audit = audit;
    }

    /**
     * Pays what is still owed on the dossier in one tranche, confirmed with the Treasury's reference.
     * The dossier must be awaiting payment; it becomes PAID.
     */
    public Payment payRemainder(Actor actor, Application application, String treasuryReference, java.time.Instant now) {
        if (treasuryReference == null || treasuryReference.isBlank() || treasuryReference.length() > 100) {
            throw new DomainFailure(DomainFailure.Kind.INVALID, "MISSING_PAYMENT_REFERENCE",
                    "paymentReference is required: the State Treasury's reference for the payment order",
                    java.util.Map.of("field", "paymentReference"));
        }
        Long approved = application.approvedAmountVnd();
        if (approved == null || application.budgetLineId() == null) {
            throw DomainFailure.conflict("NOT_COMMITTED", "Dossier " + application.id() + " has no committed amount to pay");
        }
        int tranche = mapper.nextTranche(application.id());
        String key = "payment:application:" + application.id() + ":tranche:" + tranche;
        long amount = approved - application.paidAmountVnd();
        Organisation beneficiary = accounts.organisation(application.organisationId());
        Payment payment = new Payment(null, application.id(), tranche, amount, PaymentStatus.CONFIRMED, null,
                beneficiary.bankName(), beneficiary.bankAccountNumber(), beneficiary.bankAccountName(),
                treasuryReference.trim(), key, actor.username(), now, now);
        application.paid(amount, now);
        mapper.insert(payment);
        ledger.disburse(actor, application.id(), application.budgetLineId(), amount, treasuryReference.trim(), key);
        applications.save(application);
        audit.record(actor, application.id(), "PAID", "AWAITING_PAYMENT", application.status().name(),
                "Tranche " + tranche + ": " + amount + " đ, treasury reference " + treasuryReference.trim());
        return payment;
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<Payment> payments(long applicationId) {
        return mapper.findByApplication(applicationId);
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<Payment> byIdempotencyKey(String key) {
        return mapper.findByIdempotencyKey(key);
    }
}

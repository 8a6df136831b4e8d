package vn.subsidyflow.budget;

import org.springframework.stereotype.Service;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.shared.Role;

/**
 * What finance does with the budget: open allocation lines and top them up, each in its own
 * transaction, each an idempotent ledger movement. Only FINANCE and ADMIN move money.
 */
@Service
public class Budgets {

    private final BudgetLedger ledger;
    private final BudgetMapper mapper;
    private final Transactions transactions;

    Budgets(BudgetLedger ledger, BudgetMapper mapper, Transactions transactions) {
        this.ledger = ledger;
        this.mapper = mapper;
        this.transactions = transactions;
    }

    /** Opens (or adds to) the line of a programme for a fiscal year and category. */
    public BudgetLine allocate(Actor actor, String policyCode, int fiscalYear, Category category, long amountVnd,
                               String reason, String documentRef, String idempotencyKey) {
        requireFinance(actor);
        if (category == null) {
            throw new DomainFailure(FailureCode.INVALID_INPUT, "category is required");
        }
        if (fiscalYear < 2000 || fiscalYear > 2100) {
            throw new DomainFailure(FailureCode.INVALID_FISCAL_YEAR, "fiscalYear must be a calendar year");
        }
        String key = LedgerKeys.of("allocate", actor, idempotencyKey);
        return transactions.inTransaction(() -> {
            Long policyVersionId = policyCode == null ? mapper.currentPolicyVersion() : mapper.policyVersionByCode(policyCode);
            if (policyVersionId == null) {
                throw new DomainFailure(FailureCode.UNKNOWN_POLICY, "No policy version '" + policyCode + "'");
            }
            return ledger.allocate(actor, policyVersionId, fiscalYear, category, amountVnd, reason, documentRef, key);
        });
    }

    /** Adds money to a line; waitlisted dossiers of the line resume in decision order. */
    public BudgetLine topUp(Actor actor, long lineId, long amountVnd, String reason, String documentRef, String idempotencyKey) {
        requireFinance(actor);
        String key = LedgerKeys.of("top-up", actor, idempotencyKey);
        return transactions.inTransaction(() -> ledger.topUp(actor, lineId, amountVnd, reason, documentRef, key));
    }

    /** Moves allocation between two lines of one programme; needs a reason and the deciding document. */
    public void transfer(Actor actor, long fromLineId, long toLineId, long amountVnd, String reason, String documentRef,
                         String idempotencyKey) {
        requireFinance(actor);
        requireReasonAndDocument(reason, documentRef);
        String key = LedgerKeys.of("transfer", actor, idempotencyKey);
        transactions.run(() -> ledger.transfer(actor, fromLineId, toLineId, amountVnd, reason.trim(), documentRef.trim(), key));
    }

    /** The columns that keep a movement's reason and its document reference (ledger_entry). */
    public static final int MAX_REASON = 1000;
    public static final int MAX_DOCUMENT_REF = 200;

    /** A movement's reason and document reference: both required, each within its column. */
    public static void requireReasonAndDocument(String reason, String documentRef) {
        requireText(FailureCode.MISSING_REASON, "reason", reason, MAX_REASON);
        requireText(FailureCode.MISSING_DOCUMENT_REF, "documentRef", documentRef, MAX_DOCUMENT_REF);
    }

    /** Requires a non-blank text of at most {@code max} characters, naming the field. */
    public static void requireText(FailureCode missing, String field, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new DomainFailure(missing,
                    field + " is required (at most " + max + " characters)", java.util.Map.of("field", field));
        }
    }

    /** Only FINANCE and ADMIN move money. */
    public static void requireFinance(Actor actor) {
        if (!actor.hasAny(Role.FINANCE, Role.ADMIN)) {
            throw new DomainFailure(FailureCode.FORBIDDEN, "Only finance or an administrator can move budget money");
        }
    }
}

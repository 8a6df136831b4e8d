package vn.subsidyflow.budget;

import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
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
            throw DomainFailure.invalid("INVALID_INPUT", "category is required");
        }
        if (fiscalYear < 2000 || fiscalYear > 2100) {
            throw DomainFailure.invalid("INVALID_FISCAL_YEAR", "fiscalYear must be a calendar year");
        }
        String key = "allocate:" + (idempotencyKey == null ? UUID.randomUUID() : idempotencyKey);
        return transactions.inTransaction(() -> {
            Long policyVersionId = policyCode == null ? mapper.currentPolicyVersion() : mapper.policyVersionByCode(policyCode);
            if (policyVersionId == null) {
                throw DomainFailure.invalid("UNKNOWN_POLICY", "No policy version '" + policyCode + "'");
            }
            return ledger.allocate(actor, policyVersionId, fiscalYear, category, amountVnd, reason, documentRef, key);
        });
    }

    /** Adds money to a line; waitlisted dossiers of the line resume in decision order. */
    public BudgetLine topUp(Actor actor, long lineId, long amountVnd, String reason, String documentRef, String idempotencyKey) {
        requireFinance(actor);
        String key = "top-up:" + (idempotencyKey == null ? UUID.randomUUID() : idempotencyKey);
        return transactions.inTransaction(() -> ledger.topUp(actor, lineId, amountVnd, reason, documentRef, key));
    }

    private static void requireFinance(Actor actor) {
        if (!actor.hasAny(Role.FINANCE, Role.ADMIN)) {
            throw new DomainFailure(DomainFailure.Kind.FORBIDDEN, "FORBIDDEN", "Only finance or an administrator can allocate budget");
        }
    }
}

package vn.subsidyflow.disbursement;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.ApplicationRepository;
import vn.subsidyflow.audit.AuditFacts;
import vn.subsidyflow.audit.AuditTrail;
import vn.subsidyflow.budget.BudgetLedger;
import vn.subsidyflow.budget.Budgets;
import vn.subsidyflow.budget.LedgerKeys;
import vn.subsidyflow.budget.PaidOnLine;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.shared.Money;

/**
 * Clawback (thu hồi): money recovered from a business whose conditions were breached or whose
 * declarations were false goes back to the dossier's line as a CLAWBACK entry — never more than was
 * paid on the dossier, less what was already recovered.
 */
@Service
public class Clawbacks {

    /** What was recovered, and the dossier's totals afterwards. */
    public record Clawback(long applicationId, long lineId, long amountVnd, long paidVnd, long clawedBackVnd) {
    }

    private final ApplicationRepository applications;
    private final BudgetLedger ledger;
    private final AuditTrail audit;
    private final Transactions transactions;

    Clawbacks(ApplicationRepository applications, BudgetLedger ledger, AuditTrail audit, Transactions transactions) {
        this.applications = applications;
        this.ledger = ledger;
        this.audit = audit;
        this.transactions = transactions;
    }

    public Clawback record(Actor actor, long applicationId, long amountVnd, String reason, String documentRef,
                           String idempotencyKey) {
        Budgets.requireFinance(actor);
        Money.requirePositive("amountVnd", amountVnd);
        Budgets.requireReasonAndDocument(reason, documentRef);
        String key = LedgerKeys.of("clawback", actor, idempotencyKey);
        return transactions.inTransaction(() -> {
            Application application = applications.load(applicationId);
            long recovered = ledger.clawedBack(applicationId);
            long recoverable = application.paidAmountVnd() - recovered;
            if (application.budgetLineId() == null || amountVnd > recoverable) {
                throw new DomainFailure(FailureCode.CLAWBACK_EXCEEDS_PAID,
                        "Dossier " + applicationId + " has " + Math.max(recoverable, 0) + " đ paid and not yet recovered",
                        Map.of("recoverableVnd", Math.max(recoverable, 0)));
            }
            // The money goes back to the line(s) that paid it — after a carry-over the dossier's own
            // line is next year's, while what was paid before it came from this year's line.
            // The check above guarantees the lines hold the amount unless the ledger disagrees with the
            // dossier, which the loop below reports.
            List<PaidOnLine> paid = ledger.paidByLine(applicationId);
            long remaining = amountVnd;
            boolean applied = false;
            for (PaidOnLine line : paid) {
                if (remaining == 0) {
                    break;
                }
                long part = Math.min(remaining, line.netPaidVnd());
                // The first part keeps the request's key (its replay is found by it); further lines get their own.
                String partKey = remaining == amountVnd ? key : key + ":line:" + line.lineId();
                applied |= ledger.clawback(actor, applicationId, line.lineId(), part, reason.trim(), documentRef.trim(), partKey);
                remaining -= part;
            }
            if (remaining > 0) {
                throw new IllegalStateException("Dossier " + applicationId + ": the ledger holds less paid money than the dossier");
            }
            if (applied) {
                // Bumps the dossier's version, so two clawbacks at once cannot both pass the check above.
                applications.save(application);
                audit.record(actor, applicationId, "CLAWBACK", application.status().name(), application.status().name(),
                        amountVnd + " đ recovered (" + documentRef.trim() + "): " + reason.trim(),
                        AuditFacts.of("amountVnd", amountVnd, "documentRef", documentRef.trim(), "reason", reason.trim()));
                recovered += amountVnd;
            }
            return new Clawback(applicationId, paid.get(0).lineId(), amountVnd, application.paidAmountVnd(), recovered);
        });
    }
}

package vn.subsidyflow.disbursement;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.ApplicationRepository;
import vn.subsidyflow.application.DossierProcess;
import vn.subsidyflow.audit.AuditTrail;
import vn.subsidyflow.budget.BudgetLedger;
import vn.subsidyflow.budget.BudgetLine;
import vn.subsidyflow.budget.Budgets;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;

/**
 * Closes a fiscal year's commitments (of every programme, or of one) in one batch: every unpaid commitment on the year's lines is
 * carried over to next year's line of the same programme and category (a RELEASE and a COMMIT
 * entry), except the dossiers finance names to release (a RELEASE entry; the rest of their support
 * lapses and their process ends). All or nothing: if a next-year line is missing or cannot cover
 * what is carried over, nothing moves.
 */
@Service
public class FiscalYearEnd {

    public enum Action { CARRIED_OVER, RELEASED }

    public record Move(long applicationId, Action action, long amountVnd, long fromLineId, Long toLineId) {
    }

    private final ApplicationRepository applications;
    private final BudgetLedger ledger;
    private final DossierProcess process;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Clock clock;

    FiscalYearEnd(ApplicationRepository applications, BudgetLedger ledger, DossierProcess process, AuditTrail audit,
                  Transactions transactions, Clock clock) {
        this.applications = applications;
        this.ledger = ledger;
        this.process = process;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public List<Move> close(Actor actor, String policyCode, int fiscalYear, Set<Long> release, String reason, String documentRef) {
        Budgets.requireFinance(actor);
        Budgets.requireText("reason", reason, 1000);
        Budgets.requireText("documentRef", documentRef, 200);
        Set<Long> toRelease = release == null ? Set.of() : Set.copyOf(release);
        return transactions.inTransaction(() -> {
            List<Long> committed = applications.committedInYear(fiscalYear,
                    policyCode == null ? null : ledger.programme(policyCode));
            Set<Long> unknown = new HashSet<>(toRelease);
            committed.forEach(unknown::remove);
            if (!unknown.isEmpty()) {
                throw new DomainFailure(DomainFailure.Kind.INVALID, "NOT_COMMITTED_IN_YEAR",
                        "Dossiers " + unknown + " hold no unpaid commitment in " + fiscalYear, Map.of("applicationIds", unknown));
            }
            List<Move> moves = new ArrayList<>();
            for (long id : committed) {
                Application application = applications.load(id);
                long amount = application.unpaidCommitmentVnd();
                long fromLine = application.budgetLineId();
                String before = application.status().name();
                if (toRelease.contains(id)) {
                    ledger.release(actor, id, fromLine, amount, reason.trim(), documentRef.trim());
                    application.commitmentReleased("Commitment released at the end of fiscal year " + fiscalYear + ": "
                            + reason.trim(), clock.instant());
                    process.cancel(application, "Commitment released at fiscal-year end");
                    moves.add(new Move(id, Action.RELEASED, amount, fromLine, null));
                } else {
                    BudgetLine next = ledger.line(application.policyVersionId(), fiscalYear + 1, application.category())
                            .orElseThrow(() -> new DomainFailure(DomainFailure.Kind.CONFLICT, "NO_LINE_NEXT_YEAR",
                                    "Open the " + (fiscalYear + 1) + " " + application.category() + " line before carrying over",
                                    Map.of("applicationId", id)));
                    ledger.carryOver(actor, id, fromLine, next.id(), amount, reason.trim(), documentRef.trim());
                    application.carriedOver(next.id(), fiscalYear + 1);
                    moves.add(new Move(id, Action.CARRIED_OVER, amount, fromLine, next.id()));
                }
                applications.save(application);
                audit.record(actor, id, moves.get(moves.size() - 1).action().name(), before, application.status().name(),
                        amount + " đ, fiscal year " + fiscalYear + " (" + documentRef.trim() + ")");
            }
            return moves;
        });
    }
}

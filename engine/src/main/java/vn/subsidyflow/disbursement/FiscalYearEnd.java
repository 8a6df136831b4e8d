package vn.subsidyflow.disbursement;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.ApplicationRepository;
import vn.subsidyflow.application.ApplicationProcess;
import vn.subsidyflow.audit.AuditFacts;
import vn.subsidyflow.audit.AuditTrail;
import vn.subsidyflow.budget.BudgetLedger;
import vn.subsidyflow.budget.BudgetLine;
import vn.subsidyflow.budget.Budgets;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/**
 * Closes a fiscal year's commitments (of every programme, or of one) in one batch: every unpaid commitment on the year's lines is
 * carried over to next year's line of the same programme and category (a RELEASE and a COMMIT
 * entry), except the dossiers finance names to release (a RELEASE entry; the rest of their support
 * lapses and their process ends). Waitlisted dossiers of the year are listed too: carried to next
 * year's waiting list (they commit as soon as next year's line can cover them), or, when named,
 * taken off it (their support lapses). The year is then closed: its lines take no new commitment
 * or transfer. All or nothing: if a next-year line is missing or cannot cover what is carried over,
 * nothing moves.
 */
@Service
public class FiscalYearEnd {

    /** What happened to a dossier: its commitment carried or released, or (waitlisted) its place on the waiting list. */
    public enum Action { CARRIED_OVER, RELEASED, WAITLIST_CARRIED_OVER, WAITLIST_RELEASED }

    /** {@code fromLineId} is null for a waitlisted dossier whose year has no line; {@code toLineId} null when released. */
    public record Move(long applicationId, Action action, long amountVnd, Long fromLineId, Long toLineId) {
    }

    private final ApplicationRepository applications;
    private final BudgetLedger ledger;
    private final ApplicationProcess process;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Clock clock;

    FiscalYearEnd(ApplicationRepository applications, BudgetLedger ledger, ApplicationProcess process, AuditTrail audit,
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
        Budgets.requireReasonAndDocument(reason, documentRef);
        Set<Long> toRelease = release == null ? Set.of() : Set.copyOf(release);
        return transactions.inTransaction(() -> {
            Long programme = policyCode == null ? null : ledger.programme(policyCode);
            // Closed first (locking the year's lines): a commitment racing with the closing either
            // committed before it, and is listed below, or sees the year closed.
            ledger.closeYear(actor, fiscalYear, programme, documentRef.trim());
            List<Long> committed = applications.committedInYear(fiscalYear, programme);
            List<Long> waitlisted = applications.waitlistedInYear(fiscalYear, programme);
            Set<Long> unknown = new HashSet<>(toRelease);
            committed.forEach(unknown::remove);
            waitlisted.forEach(unknown::remove);
            if (!unknown.isEmpty()) {
                throw new DomainFailure(FailureCode.NOT_COMMITTED_IN_YEAR,
                        "Dossiers " + unknown + " hold no unpaid commitment and wait for no budget in " + fiscalYear,
                        Map.of("applicationIds", unknown));
            }
            List<Move> moves = new ArrayList<>();
            Set<Long> linesToWake = new LinkedHashSet<>();
            for (long id : waitlisted) {
                Application application = applications.load(id);
                Long fromLine = ledger.line(application.policyVersionId(), fiscalYear, application.category())
                        .map(BudgetLine::id).orElse(null);
                if (toRelease.contains(id)) {
                    application.waitlistReleased("Taken off the waiting list at the end of fiscal year " + fiscalYear + ": "
                            + reason.trim(), clock.instant());
                    process.cancel(application, "Taken off the waiting list at fiscal-year end");
                    moves.add(new Move(id, Action.WAITLIST_RELEASED, application.approvedAmountVnd(), fromLine, null));
                } else {
                    BudgetLine next = nextLine(application, fiscalYear);
                    application.waitlistCarriedOver(fiscalYear + 1);
                    linesToWake.add(next.id());
                    moves.add(new Move(id, Action.WAITLIST_CARRIED_OVER, application.approvedAmountVnd(), fromLine, next.id()));
                }
                applications.save(application);
                audit.record(actor, id, moves.get(moves.size() - 1).action().name(), "WAITLISTED", application.status().name(),
                        application.approvedAmountVnd() + " đ, fiscal year " + fiscalYear + " (" + documentRef.trim() + ")",
                        AuditFacts.of("amountVnd", application.approvedAmountVnd(), "fiscalYear", fiscalYear,
                                "documentRef", documentRef.trim()));
            }
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
                    BudgetLine next = nextLine(application, fiscalYear);
                    ledger.carryOver(actor, id, fromLine, next.id(), amount, reason.trim(), documentRef.trim());
                    application.carriedOver(next.id(), fiscalYear + 1);
                    moves.add(new Move(id, Action.CARRIED_OVER, amount, fromLine, next.id()));
                }
                applications.save(application);
                audit.record(actor, id, moves.get(moves.size() - 1).action().name(), before, application.status().name(),
                        amount + " đ, fiscal year " + fiscalYear + " (" + documentRef.trim() + ")",
                        AuditFacts.of("amountVnd", amount, "fiscalYear", fiscalYear, "documentRef", documentRef.trim()));
            }
            // Next year's lines may already cover dossiers carried to their waiting list.
            linesToWake.forEach(ledger::lineGainedRoom);
            return moves;
        });
    }

    private BudgetLine nextLine(Application application, int fiscalYear) {
        return ledger.line(application.policyVersionId(), fiscalYear + 1, application.category())
                .orElseThrow(() -> new DomainFailure(FailureCode.NO_LINE_NEXT_YEAR,
                        "Open the " + (fiscalYear + 1) + " " + application.category() + " line before carrying over",
                        Map.of("applicationId", application.id())));
    }
}

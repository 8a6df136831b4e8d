package vn.subsidyflow.process;

import java.util.Optional;
import java.util.Set;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.ApplicationRepository;
import vn.subsidyflow.application.ApplicationStatus;
import vn.subsidyflow.audit.AuditFacts;
import vn.subsidyflow.audit.AuditTrail;
import vn.subsidyflow.budget.BudgetLedger;
import vn.subsidyflow.budget.BudgetLine;
import vn.subsidyflow.shared.Actor;

/**
 * Commits the approved amount on the line for (programme, fiscal year of the decision, category).
 * When the line cannot cover it the dossier is waitlisted — never overspent. Sets
 * {@code budgetCommitted} for the gateway. Idempotent: a commitment already made is not made again.
 */
@Component("commitBudget")
class CommitBudget implements JavaDelegate {

    private final ApplicationRepository applications;
    private final BudgetLedger ledger;
    private final AuditTrail audit;

    CommitBudget(ApplicationRepository applications, BudgetLedger ledger, AuditTrail audit) {
        this.applications = applications;
        this.ledger = ledger;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Application application = applications.load(ProcessVariables.applicationId(execution));
        ApplicationStatus before = application.status();
        Actor actor = new Actor(application.decidedBy() == null ? "system" : application.decidedBy(), Set.of(), null, null);
        Optional<BudgetLine> line = ledger.line(application.policyVersionId(), application.fiscalYear(), application.category());
        boolean committed = line.isPresent()
                && ledger.commit(actor, application.id(), line.get().id(), application.approvedAmountVnd());
        if (committed) {
            application.committed(line.get().id());
        } else {
            application.waitlist();
        }
        applications.save(application);
        if (before != application.status() || committed) {
            audit.record(actor, application.id(), committed ? "BUDGET_COMMITTED" : "WAITLISTED", before.name(),
                    application.status().name(), committed
                            ? application.approvedAmountVnd() + " đ committed on budget line " + line.get().id()
                            : "The " + application.fiscalYear() + " " + application.category() + " line cannot cover "
                                    + application.approvedAmountVnd() + " đ",
                    AuditFacts.of("amountVnd", application.approvedAmountVnd(), "budgetLine", committed ? line.get().id() : null,
                            "fiscalYear", application.fiscalYear(), "category", application.category()));
        }
        execution.setVariable(ProcessVariables.BUDGET_COMMITTED, committed);
    }
}

package vn.subsidyflow.process;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.ApplicationRepository;
import vn.subsidyflow.application.ApplicationStatus;
import vn.subsidyflow.budget.BudgetLedger;
import vn.subsidyflow.budget.BudgetLine;
import vn.subsidyflow.budget.BudgetLineToppedUp;

/**
 * When a line gains money, its waitlisted dossiers try to commit again, in order of their decision
 * date. Strictly in order: the first that still does not fit stops the round, so a later, smaller
 * dossier never jumps the queue.
 */
@Component
class WaitlistResumer {

    private final BudgetLedger ledger;
    private final ApplicationRepository applications;
    private final FlowableProcessGateway process;

    WaitlistResumer(BudgetLedger ledger, ApplicationRepository applications, FlowableProcessGateway process) {
        this.ledger = ledger;
        this.applications = applications;
        this.process = process;
    }

    @EventListener
    void on(BudgetLineToppedUp event) {
        BudgetLine line = ledger.line(event.lineId());
        List<Long> waiting = applications.waitlisted(line.policyVersionId(), line.fiscalYear(), line.category().name());
        for (long id : waiting) {
            process.budgetAvailable(applications.load(id));
            if (applications.load(id).status() == ApplicationStatus.WAITLISTED) {
                return;
            }
        }
    }
}

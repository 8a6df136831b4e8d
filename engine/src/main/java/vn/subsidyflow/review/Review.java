package vn.subsidyflow.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.ApplicationRepository;
import vn.subsidyflow.application.Applications;
import vn.subsidyflow.application.DossierClock;
import vn.subsidyflow.audit.AuditFacts;
import vn.subsidyflow.audit.AuditTrail;
import vn.subsidyflow.budget.BudgetLedger;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.catalog.PolicyCatalog;
import vn.subsidyflow.catalog.SupportItem;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.disbursement.Disbursements;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.workflow.Outcome;
import vn.subsidyflow.workflow.Step;
import vn.subsidyflow.workflow.StepOutcome;

/**
 * Completes a dossier's task: checks the actor may act on it, applies the outcome to the dossier
 * aggregate (which guards the state), records it in the audit trail, then lets the process move
 * on — all in one transaction, so a refused step changes nothing.
 */
@Service
public class Review {

    private final Inbox inbox;
    private final TaskEngine tasks;
    private final ApplicationRepository repository;
    private final Applications applications;
    private final PolicyCatalog catalog;
    private final Disbursements disbursements;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Clock clock;
    private final BudgetLedger ledger;
    private final DossierClock dossierClock;

    Review(Inbox inbox, TaskEngine tasks, ApplicationRepository repository, Applications applications, PolicyCatalog catalog,
           Disbursements disbursements, AuditTrail audit, Transactions transactions, Clock clock, BudgetLedger ledger,
           DossierClock dossierClock) {
        this.dossierClock = dossierClock;
        this.inbox = inbox;
        this.tasks = tasks;
        this.repository = repository;
        this.applications = applications;
        this.catalog = catalog;
        this.disbursements = disbursements;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.ledger = ledger;
    }

    /** Completes the task with the outcome; returns the dossier as it stands afterwards. */
    public Application complete(Actor actor, String taskId, TaskCompletion completion) {
        return transactions.inTransaction(() -> {
            OpenTask task = inbox.task(actor, taskId);
            if (task.assignee() != null && !task.assignee().equals(actor.username())) {
                throw new DomainFailure(FailureCode.TASK_CLAIMED, "Task " + taskId + " is claimed by " + task.assignee());
            }
            Step step = task.step();
            Outcome outcome = completion.outcome();
            StepOutcome done = StepOutcome.of(step, outcome).orElseThrow(() -> notAnOutcomeOf(step, outcome));
            Application application = repository.load(task.applicationId());
            String before = application.status().name();
            Instant now = clock.instant();
            effectOf(actor, done, completion, application, now).run();
            repository.save(application);
            Map<String, Object> facts = factsOf(done, completion, application);
            if (facts.isEmpty()) {
                audit.record(actor, application.id(), done.auditAction(), before, application.status().name(), completion.comment());
            } else {
                audit.record(actor, application.id(), done.auditAction(), before, application.status().name(), completion.comment(),
                        facts);
            }
            tasks.complete(taskId, outcome);
            return repository.load(application.id());
        });
    }

    public void claim(Actor actor, String taskId) {
        transactions.run(() -> {
            OpenTask task = inbox.task(actor, taskId);
            if (task.assignee() != null) {
                if (task.assignee().equals(actor.username())) {
                    return;
                }
                throw new DomainFailure(FailureCode.TASK_CLAIMED, "Task " + taskId + " is already claimed by " + task.assignee());
            }
            tasks.claim(taskId, actor.username());
        });
    }

    public void unclaim(Actor actor, String taskId) {
        transactions.run(() -> {
            OpenTask task = inbox.task(actor, taskId);
            if (!actor.username().equals(task.assignee())) {
                throw new DomainFailure(FailureCode.TASK_NOT_CLAIMED_BY_YOU, "Task " + taskId + " is not claimed by you");
            }
            tasks.unclaim(taskId);
        });
    }

    /**
     * What the completed step does to the dossier. A switch expression over every row of the
     * process contract, so the compiler refuses a step outcome that has no effect here (a switch
     * statement would let a new row fall through silently).
     */
    private Runnable effectOf(Actor actor, StepOutcome done, TaskCompletion c, Application a, Instant now) {
        return switch (done) {
            case INTAKE_ACCEPT -> a::accept;
            case INTAKE_REQUEST_SUPPLEMENT -> () -> a.requestSupplement(c.comment());
            case INTAKE_REFUSE -> () -> a.refuse(c.comment(), now);
            case SUPPLEMENT_SUBMIT -> () -> {
                applications.requireDocuments(a.id(), item(a).requiredDocuments());
                a.resubmit();
                dossierClock.resumed(a);
            };
            case APPRAISAL_RECOMMEND_APPROVAL -> () -> recommendApproval(actor, c, a, now);
            case APPRAISAL_RECOMMEND_REJECTION -> () -> a.recommendRejection(actor.username(), c.comment(), now);
            case DECISION_APPROVE -> () -> approve(actor, c, a, now);
            case DECISION_REJECT -> () -> a.reject(actor.username(), c.comment(), now);
            case DECISION_RETURN -> () -> a.returnToAppraisal(actor.username());
            case COMPLETION_EVIDENCE_SUBMIT -> () -> {
                a.checkAwaitingCompletion();
                applications.requireDocuments(a.id(), item(a).completionDocuments());
                dossierClock.resumed(a);
            };
            case VERIFY_COMPLETION_ACCEPT -> a::checkAwaitingCompletion;
            case VERIFY_COMPLETION_REQUEST_SUPPLEMENT -> () -> {
                a.checkAwaitingCompletion();
                if (c.comment() == null || c.comment().isBlank()) {
                    throw new DomainFailure(FailureCode.MISSING_COMMENT,
                            "comment is required: say what is wrong with the evidence", Map.of("field", "comment"));
                }
            };
            case VERIFY_COMPLETION_NOT_GRANTED -> () -> notGranted(actor, c, a, now);
            case PAYMENT_PAY -> () -> disbursements.payRemainder(actor, a, c.paymentReference(), now);
        };
    }

    /**
     * The IP Office refused protection: the dossier ends NOT_GRANTED and its unpaid commitment goes
     * back to the line, as a withdrawal's does.
     */
    private void notGranted(Actor actor, TaskCompletion c, Application a, Instant now) {
        long unpaid = a.unpaidCommitmentVnd();
        a.notGranted(c.comment(), now);
        if (unpaid > 0) {
            ledger.release(actor, a.id(), a.budgetLineId(), unpaid, "IP Office refused protection");
        }
    }

    /** What the step settled, beside the officer's comment: the amount proposed or decided, the decision's number and day. */
    private static Map<String, Object> factsOf(StepOutcome done, TaskCompletion c, Application a) {
        return switch (done) {
            case APPRAISAL_RECOMMEND_APPROVAL -> AuditFacts.of("amountVnd", a.recommendedAmountVnd());
            case DECISION_APPROVE -> AuditFacts.of("amountVnd", a.approvedAmountVnd(), "decisionNumber", a.decisionNumber(),
                    "decisionOn", a.decisionDate());
            case PAYMENT_PAY -> AuditFacts.of("paymentReference", c.paymentReference());
            default -> Map.of();
        };
    }

    private static DomainFailure notAnOutcomeOf(Step step, Outcome outcome) {
        List<String> allowed = step.outcomes().stream().map(Outcome::name).toList();
        String named = outcome == null ? "The outcome given" : "'" + outcome + "'";
        return new DomainFailure(FailureCode.INVALID_OUTCOME,
                named + " is not an outcome of step '" + step.key() + "'; allowed: " + allowed,
                Map.of("allowedOutcomes", allowed));
    }

    private void recommendApproval(Actor actor, TaskCompletion c, Application a, Instant now) {
        if (c.amountVnd() == null) {
            throw new DomainFailure(FailureCode.MISSING_AMOUNT,
                    "amountVnd is required to recommend approval", Map.of("field", "amountVnd"));
        }
        SupportItem item = item(a);
        if (item.frequencyLimit() > 0 && repository.countSupported(a, item.frequencyWindowStart(clock.instant())) >= item.frequencyLimit()) {
            throw new DomainFailure(FailureCode.FREQUENCY_LIMIT_REACHED,
                    "This organisation has already been supported " + item.frequencyLimit() + " time(s) for " + item.code(),
                    Map.of("frequencyLimit", item.frequencyLimit()));
        }
        a.recommendApproval(actor.username(), c.amountVnd(), c.comment(), now);
    }

    /**
     * Approves, dated between the filing and today (the dossier checks), in a fiscal year with an
     * open line for the dossier's programme and category: without one the dossier would wait for a
     * budget that is never coming; in a closed year nothing can be committed any more.
     */
    private void approve(Actor actor, TaskCompletion c, Application a, Instant now) {
        LocalDate date = decisionDate(c);
        a.approve(actor.username(), c.decisionNumber(), date, now);
        int year = date.getYear();
        if (ledger.line(a.policyVersionId(), year, a.category()).isEmpty()) {
            throw new DomainFailure(FailureCode.NO_BUDGET_LINE,
                    "There is no " + year + " budget line for " + a.category() + " in this dossier's programme; finance opens it first",
                    Map.of("field", "decisionDate", "fiscalYear", year, "category", a.category().name()));
        }
        if (ledger.yearClosed(a.policyVersionId(), year)) {
            throw new DomainFailure(FailureCode.FISCAL_YEAR_CLOSED, DomainFailure.Kind.INVALID,
                    "Fiscal year " + year + " is closed for this dossier's programme; date the decision in an open year",
                    Map.of("field", "decisionDate", "fiscalYear", year));
        }
    }

    private SupportItem item(Application a) {
        return catalog.item(a.supportItemId());
    }

    private LocalDate decisionDate(TaskCompletion c) {
        return c.decisionDate() != null ? c.decisionDate() : LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
    }
}

package vn.subsidyflow.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.Applications;
import vn.subsidyflow.calendar.Deadlines;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.catalog.PolicyCatalog;
import vn.subsidyflow.catalog.ProcessingTime;
import vn.subsidyflow.review.Inbox;
import vn.subsidyflow.review.OpenTask;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.workflow.Step;

/**
 * A dossier's timeline for staff. The steps are those the process opened (StepHistory); a step's due
 * date is the one its open task carries, the one the escalation recorded, or else (a step done) is
 * counted as the process counted it when the step opened: the opening day plus the step's working
 * days under the dossier's policy version, at the end of the office day. The pauses and the
 * appointment's moves are this feature's own records.
 */
@Service
public class Timelines {

    private final Applications applications;
    private final Inbox inbox;
    private final StepHistory history;
    private final DeadlineMapper mapper;
    private final PolicyCatalog catalog;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    Timelines(Applications applications, Inbox inbox, StepHistory history, DeadlineMapper mapper, PolicyCatalog catalog,
              WorkingDayCalendar calendar, Clock clock) {
        this.applications = applications;
        this.inbox = inbox;
        this.history = history;
        this.mapper = mapper;
        this.catalog = catalog;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The dossier's timeline; staff who may see the dossier only (another caller: not found, or forbidden). */
    public Timeline of(Actor actor, long applicationId) {
        if (actor.isApplicant()) {
            throw new DomainFailure(FailureCode.FORBIDDEN, "The timeline is for the Department's staff");
        }
        Application application = applications.get(actor, applicationId);
        List<DeadlineActionTaken> actions = mapper.findActions(applicationId);
        List<PausedSpan> pauses = mapper.findPauses(applicationId);
        ProcessingTime time = catalog.processingTime(application.policyVersionId());
        java.util.Map<String, Instant> openDue = new java.util.HashMap<>();
        for (OpenTask task : inbox.openTasksOf(applicationId)) {
            if (task.dueAt() != null) {
                openDue.put(task.taskId(), task.dueAt());
            }
        }
        List<Timeline.StepTaken> steps = new ArrayList<>();
        if (application.processInstanceId() != null) {
            for (StepHistory.OpenedStep opened : history.stepsOf(applicationId)) {
                steps.add(step(opened, time, actions, openDue));
            }
        }
        List<Timeline.Move> moves = new ArrayList<>();
        for (PausedSpan pause : pauses) {
            if (pause.appointmentAfter() != null) {
                moves.add(new Timeline.Move(pause.resumedAt(), pause.appointmentBefore(), pause.appointmentAfter(), false));
            }
        }
        for (DeadlineActionTaken action : actions) {
            if (action.appointmentAfter() != null) {
                moves.add(new Timeline.Move(action.actedAt(), action.appointmentBefore(), action.appointmentAfter(), true));
            }
        }
        moves.sort(Comparator.comparing(Timeline.Move::at));
        LocalDate first = moves.isEmpty() ? application.appointmentOn() : moves.get(0).from();
        return new Timeline(applicationId, application.appointmentOn(), first, steps, pauses, moves);
    }

    private Timeline.StepTaken step(StepHistory.OpenedStep opened, ProcessingTime time, List<DeadlineActionTaken> actions,
                                    java.util.Map<String, Instant> openDue) {
        Step step = Step.of(opened.stepKey());
        Instant due = openDue.containsKey(opened.taskId()) ? openDue.get(opened.taskId()) : actions.stream().filter(a -> opened.taskId().equals(a.subject()) && a.dueAt() != null)
                .map(DeadlineActionTaken::dueAt).findFirst()
                .orElseGet(() -> step.deadline() == Step.Deadline.NONE ? null : Deadlines.endOfOfficeDay(calendar.addWorkingDays(
                        LocalDate.ofInstant(opened.openedAt(), WorkingDayCalendar.ZONE), time.days(step))));
        Instant until = opened.doneAt() != null ? opened.doneAt() : clock.instant();
        boolean late = due != null && until.isAfter(due);
        int daysLate = late ? Math.max(0, calendar.workingDaysBetween(LocalDate.ofInstant(due, WorkingDayCalendar.ZONE),
                LocalDate.ofInstant(until, WorkingDayCalendar.ZONE))) : 0;
        return new Timeline.StepTaken(opened.taskId(), step.key(), opened.openedAt(), due, opened.doneAt(), opened.doneBy(),
                late, daysLate);
    }
}

package vn.subsidyflow.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.shared.Role;
import vn.subsidyflow.workflow.Step;

/** The staff tasks past their due date, earliest due first: what the approvers follow up. */
@Service
public class OverdueTasks {

    private static final Set<String> STAFF_STEPS = Step.staffSteps().stream().map(Step::key).collect(Collectors.toSet());

    private final DeadlineMapper mapper;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    OverdueTasks(DeadlineMapper mapper, WorkingDayCalendar calendar, Clock clock) {
        this.mapper = mapper;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** A page of overdue staff tasks, with the working days each is late by today. APPROVER only. */
    public List<OverdueTask> page(Actor actor, int offset, int limit) {
        requireApprover(actor);
        Instant now = clock.instant();
        LocalDate today = calendar.today();
        return mapper.findOverdue(STAFF_STEPS, now, offset, limit).stream()
                .map(t -> new OverdueTask(t.taskId(), Step.of(t.taskKey()), t.applicationId(), t.title(), t.organisationName(),
                        t.dueAt(), Math.max(0, calendar.workingDaysBetween(LocalDate.ofInstant(t.dueAt(), WorkingDayCalendar.ZONE),
                                today)), t.escalated()))
                .toList();
    }

    public long count(Actor actor) {
        requireApprover(actor);
        return mapper.countOverdue(STAFF_STEPS, clock.instant());
    }

    private static void requireApprover(Actor actor) {
        if (!actor.has(Role.APPROVER)) {
            throw new DomainFailure(FailureCode.FORBIDDEN, "Only an approver follows up overdue steps");
        }
    }
}

package vn.subsidyflow.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.ApplicationRepository;
import vn.subsidyflow.calendar.Deadlines;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.catalog.PolicyCatalog;
import vn.subsidyflow.catalog.ProcessingTime;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.workflow.Step;

/**
 * What happens when a date passes. A staff step past its due date is escalated once
 * ({@link StepOverdue}) and, when that makes the appointment unreachable, the appointment moves to
 * today plus the working days of the steps still ahead (at least one), with an apology
 * ({@link AppointmentMoved}). A supplement about to lapse is announced once ({@link LapseApproaching});
 * evidence awaited too long is reminded once, then escalated once ({@link EvidenceOverdue}).
 * <p>
 * Safe on several nodes: each action is claimed by inserting its row into {@code deadline_action}
 * under a unique key, in the transaction of the action itself; a second node's claim waits for the
 * first and inserts nothing. Each dossier is acted on in a transaction of its own, so one failure
 * stops no other.
 */
@Service
@EnableConfigurationProperties(DeadlineWatchSettings.class)
public class DeadlineWatch {

    /** The steps up to the result the appointment promises, and those from the evidence to the payment. */
    private static final List<Step> TO_RESULT = List.of(Step.INTAKE, Step.APPRAISAL, Step.DECISION);
    private static final List<Step> TO_PAYMENT = List.of(Step.VERIFY_COMPLETION, Step.PAYMENT);
    private static final Set<String> STAFF_STEPS = Step.staffSteps().stream().map(Step::key).collect(Collectors.toSet());

    private final DeadlineMapper mapper;
    private final ApplicationRepository repository;
    private final PolicyCatalog catalog;
    private final WorkingDayCalendar calendar;
    private final Transactions transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DeadlineWatchSettings settings;

    DeadlineWatch(DeadlineMapper mapper, ApplicationRepository repository, PolicyCatalog catalog, WorkingDayCalendar calendar,
                  Transactions transactions, ApplicationEventPublisher events, Clock clock, DeadlineWatchSettings settings) {
        this.mapper = mapper;
        this.repository = repository;
        this.catalog = catalog;
        this.calendar = calendar;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
    }

    /** One look at every kind of date; what it did, per kind. */
    public Result watch() {
        return new Result(escalateOverdueSteps(), announceLapses(), remindEvidence(false), remindEvidence(true));
    }

    /** What one look did: steps escalated, lapses announced, evidence reminders and escalations. */
    public record Result(int stepsEscalated, int lapsesAnnounced, int evidenceReminded, int evidenceEscalated) {
    }

    /** Escalates each staff step past its due date, once; returns how many this call escalated. */
    public int escalateOverdueSteps() {
        Instant now = clock.instant();
        int escalated = 0;
        for (DueTask task : mapper.findDueUnclaimed(STAFF_STEPS, now, DeadlineAction.STEP_OVERDUE, settings.batchSize())) {
            if (transactions.inTransaction(() -> escalate(task, now))) {
                escalated++;
            }
        }
        return escalated;
    }

    private boolean escalate(DueTask task, Instant now) {
        String subject = task.taskId();
        if (mapper.claim(task.applicationId(), DeadlineAction.STEP_OVERDUE, subject, task.taskKey(), task.dueAt(), now) == 0) {
            return false;
        }
        Step step = Step.of(task.taskKey());
        events.publishEvent(new StepOverdue(task.applicationId(), step, task.dueAt()));
        Application application = repository.load(task.applicationId());
        LocalDate previous = application.appointmentOn();
        ProcessingTime time = catalog.processingTime(application.policyVersionId());
        LocalDate moved = calendar.addWorkingDays(calendar.today(), Math.max(1, daysAhead(time, step)));
        if (application.submittedAt() != null && (previous == null || moved.isAfter(previous))) {
            application.appoint(moved);
            repository.save(application);
            mapper.recordAppointment(DeadlineAction.STEP_OVERDUE, subject, previous, moved);
            events.publishEvent(new AppointmentMoved(application.id(), previous, moved, true));
        }
        return true;
    }

    /** The working days of the steps after {@code late} up to the end of its stretch of the procedure. */
    static int daysAhead(ProcessingTime time, Step late) {
        List<Step> stretch = TO_RESULT.contains(late) ? TO_RESULT : TO_PAYMENT;
        return stretch.subList(stretch.indexOf(late) + 1, stretch.size()).stream().mapToInt(time::days).sum();
    }

    /** Announces each supplement that lapses within the warning days, once per request. */
    public int announceLapses() {
        Instant now = clock.instant();
        Instant warnFrom = Deadlines.endOfOfficeDay(calendar.addWorkingDays(calendar.today(), settings.lapseWarningDays()))
                .plusMillis(1);
        int announced = 0;
        for (DueTask task : mapper.findDueUnclaimed(Set.of(Step.SUPPLEMENT.key()), warnFrom, DeadlineAction.LAPSE_APPROACHING,
                settings.batchSize())) {
            if (!task.dueAt().isAfter(now)) {
                continue; // Lapsing now: the boundary timer ends it; announcing it would come too late.
            }
            boolean claimed = transactions.inTransaction(() -> {
                if (mapper.claim(task.applicationId(), DeadlineAction.LAPSE_APPROACHING, task.taskId(), task.taskKey(),
                        task.dueAt(), now) == 0) {
                    return false;
                }
                events.publishEvent(new LapseApproaching(task.applicationId(),
                        LocalDate.ofInstant(task.dueAt(), WorkingDayCalendar.ZONE)));
                return true;
            });
            announced += claimed ? 1 : 0;
        }
        return announced;
    }

    /**
     * Reminds the applicant of evidence awaited longer than the reminder period, or (escalated) tells
     * staff of evidence still awaited a further period on; each once per dossier.
     */
    public int remindEvidence(boolean escalated) {
        Instant now = clock.instant();
        int months = settings.evidenceReminderMonths() + (escalated ? settings.evidenceEscalationMonths() : 0);
        Instant pausedBefore = now.atZone(WorkingDayCalendar.ZONE).minusMonths(months).toInstant();
        DeadlineAction kind = escalated ? DeadlineAction.EVIDENCE_ESCALATED : DeadlineAction.EVIDENCE_REMINDED;
        int done = 0;
        for (PausedSpan span : mapper.findEvidenceWaitingSince(pausedBefore, kind, settings.batchSize())) {
            boolean claimed = transactions.inTransaction(() -> {
                if (mapper.claim(span.applicationId(), kind, String.valueOf(span.applicationId()), null, null, now) == 0) {
                    return false;
                }
                events.publishEvent(new EvidenceOverdue(span.applicationId(),
                        LocalDate.ofInstant(span.pausedAt(), WorkingDayCalendar.ZONE), escalated));
                return true;
            });
            done += claimed ? 1 : 0;
        }
        return done;
    }
}

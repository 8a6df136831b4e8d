package vn.subsidyflow.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.ApplicationChanged;
import vn.subsidyflow.application.ApplicationStatus;
import vn.subsidyflow.application.DossierClock;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.catalog.PolicyCatalog;

/**
 * The dossier's processing clock and the appointment it promises. At filing the appointment is the
 * receipt day plus the total processing time of the dossier's policy version, in working days. While
 * the dossier waits for the applicant (a supplement, the intellectual-property evidence) the clock
 * stands still: the span is recorded when the dossier enters the waiting status, and when the
 * applicant answers, the appointment moves by the working days it stood still
 * ({@link AppointmentMoved} without an apology: the Department was not late). Every write joins the
 * command's transaction.
 */
@Service
public class Appointments implements DossierClock {

    private final DeadlineMapper mapper;
    private final PolicyCatalog catalog;
    private final WorkingDayCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Appointments(DeadlineMapper mapper, PolicyCatalog catalog, WorkingDayCalendar calendar, ApplicationEventPublisher events,
                 Clock clock) {
        this.mapper = mapper;
        this.catalog = catalog;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void filed(Application application) {
        LocalDate receipt = LocalDate.ofInstant(application.submittedAt(), WorkingDayCalendar.ZONE);
        int total = catalog.processingTime(application.policyVersionId()).total();
        application.appoint(calendar.addWorkingDays(receipt, total));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void resumed(Application application) {
        Optional<PausedSpan> open = mapper.lockOpenPause(application.id());
        if (open.isEmpty()) {
            return;
        }
        LocalDate previous = application.appointmentOn();
        int stood = calendar.workingDaysBetween(LocalDate.ofInstant(open.get().pausedAt(), WorkingDayCalendar.ZONE),
                calendar.today());
        if (previous == null || stood <= 0) {
            mapper.resume(open.get().id(), clock.instant(), null, null);
            return;
        }
        LocalDate moved = calendar.addWorkingDays(previous, stood);
        mapper.resume(open.get().id(), clock.instant(), previous, moved);
        application.appoint(moved);
        events.publishEvent(new AppointmentMoved(application.id(), previous, moved, false));
    }

    /** Stops the clock when the dossier starts waiting for the applicant; ends a span the dossier ended in. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ApplicationChanged change) {
        if (!change.statusChanged() || change.statusAfter() == null) {
            return;
        }
        if (change.entered(ApplicationStatus.SUPPLEMENT_REQUESTED)) {
            mapper.insertPause(change.applicationId(), PauseReason.SUPPLEMENT, clock.instant());
        } else if (change.entered(ApplicationStatus.AWAITING_COMPLETION)) {
            mapper.insertPause(change.applicationId(), PauseReason.COMPLETION_EVIDENCE, clock.instant());
        } else if (change.statusAfter().isTerminal() && waitedForTheApplicant(change.statusBefore())) {
            // Lapsed, withdrawn or refused protection while waiting: the span ends with the dossier.
            mapper.resumeAll(change.applicationId(), clock.instant());
        }
    }

    /** The spans the dossier's clock stood still in, oldest first. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<PausedSpan> pauses(long applicationId) {
        return mapper.findPauses(applicationId);
    }

    private static boolean waitedForTheApplicant(ApplicationStatus status) {
        return status == ApplicationStatus.SUPPLEMENT_REQUESTED || status == ApplicationStatus.AWAITING_COMPLETION;
    }
}

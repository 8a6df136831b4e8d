package vn.subsidyflow.calendar;

import java.time.LocalTime;
import java.util.Date;
import java.util.OptionalInt;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import vn.subsidyflow.workflow.Step;

/**
 * Due dates of the process steps, in working days, as the BPMN asks for them:
 * {@code flowable:dueDate="${deadlines.due('intake')}"}. A step is due at the end of the office day
 * (17:00 in Asia/Ho_Chi_Minh). The numbers are the processing time of the dossier's policy version
 * ({@code flowable:dueDate="${deadlines.due('intake', applicationId)}"}), or {@link DeadlineSettings}
 * when the dossier is not named.
 */
@Component("deadlines")
@EnableConfigurationProperties(DeadlineSettings.class)
public class Deadlines {

    private static final LocalTime END_OF_OFFICE_DAY = LocalTime.of(17, 0);

    private final WorkingDayCalendar calendar;
    private final DeadlineSettings settings;

    private final DossierStepDays dossierDays;

    Deadlines(WorkingDayCalendar calendar, DeadlineSettings settings) {
        this(calendar, settings, (DossierStepDays) null);
    }

    Deadlines(WorkingDayCalendar calendar, DeadlineSettings settings, DossierStepDays dossierDays) {
        this.calendar = calendar;
        this.settings = settings;
        this.dossierDays = dossierDays;
    }

    @Autowired
    Deadlines(WorkingDayCalendar calendar, DeadlineSettings settings, ObjectProvider<DossierStepDays> dossierDays) {
        this(calendar, settings, dossierDays.getIfAvailable());
    }

    /** When the step opened now is due under the settings; {@code stepKey} is the step's user task id, as the BPMN names it. */
    public Date due(String stepKey) {
        return dueAfter(settings.days(Step.of(stepKey)));
    }

    /** When the step of this dossier opened now is due, under the processing time of the dossier's policy version. */
    public Date due(String stepKey, Long applicationId) {
        Step step = Step.of(stepKey);
        OptionalInt days = applicationId == null || dossierDays == null ? OptionalInt.empty()
                : dossierDays.days(applicationId, step);
        return dueAfter(days.orElseGet(() -> settings.days(step)));
    }

    /** The end of the office day {@code workingDays} working days after today. */
    public Date dueAfter(int workingDays) {
        return Date.from(endOfOfficeDay(calendar.addWorkingDays(calendar.today(), workingDays)));
    }

    /** The instant a step due on {@code day} falls due. */
    public static java.time.Instant endOfOfficeDay(java.time.LocalDate day) {
        return day.atTime(END_OF_OFFICE_DAY).atZone(WorkingDayCalendar.ZONE).toInstant();
    }
}

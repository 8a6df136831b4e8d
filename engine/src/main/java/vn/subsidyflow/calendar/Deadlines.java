package vn.subsidyflow.calendar;

import java.time.LocalTime;
import java.util.Date;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import vn.subsidyflow.workflow.Step;

/**
 * Due dates of the process steps, in working days, as the BPMN asks for them:
 * {@code flowable:dueDate="${deadlines.due('intake')}"}. A step is due at the end of the office day
 * (17:00 in Asia/Ho_Chi_Minh). The numbers are {@link DeadlineSettings}.
 */
@Component("deadlines")
@EnableConfigurationProperties(DeadlineSettings.class)
public class Deadlines {

    private static final LocalTime END_OF_OFFICE_DAY = LocalTime.of(17, 0);

    private final WorkingDayCalendar calendar;
    private final DeadlineSettings settings;

    Deadlines(WorkingDayCalendar calendar, DeadlineSettings settings) {
        this.calendar = calendar;
        this.settings = settings;
    }

    /** When the step opened now is due; {@code stepKey} is the step's user task id, as the BPMN names it. */
    public Date due(String stepKey) {
        int days = settings.days(Step.of(stepKey));
        return Date.from(calendar.addWorkingDays(calendar.today(), days)
                .atTime(END_OF_OFFICE_DAY).atZone(WorkingDayCalendar.ZONE).toInstant());
    }
}

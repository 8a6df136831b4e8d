package vn.subsidyflow.calendar;

import java.time.LocalTime;
import java.util.Date;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Due dates of the process steps, in working days, as the BPMN asks for them:
 * {@code flowable:dueDate="${deadlines.due('intake')}"}. A step is due at the end of the office day
 * (17:00 in Asia/Ho_Chi_Minh). The numbers are configuration ({@code subsidyflow.deadlines.*}),
 * defaulting to the usual administrative-procedure limits.
 */
@Component("deadlines")
@ConfigurationProperties("subsidyflow")
public class Deadlines {

    private static final LocalTime END_OF_OFFICE_DAY = LocalTime.of(17, 0);

    private final WorkingDayCalendar calendar;
    private Map<String, Integer> deadlines = Map.of(
            "intake", 5, "supplement", 10, "appraisal", 10, "decision", 5, "verifyCompletion", 5, "payment", 5);

    Deadlines(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public Date due(String step) {
        Integer days = deadlines.get(step);
        if (days == null) {
            throw new IllegalArgumentException("No deadline configured for step '" + step + "'");
        }
        return Date.from(calendar.addWorkingDays(calendar.today(), days)
                .atTime(END_OF_OFFICE_DAY).atZone(WorkingDayCalendar.ZONE).toInstant());
    }

    public Map<String, Integer> getDeadlines() {
        return deadlines;
    }

    public void setDeadlines(Map<String, Integer> deadlines) {
        this.deadlines = Map.copyOf(deadlines);
    }
}

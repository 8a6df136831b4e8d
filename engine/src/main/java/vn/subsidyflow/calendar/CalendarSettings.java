package vn.subsidyflow.calendar;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a node trusts the holidays it read ({@code subsidyflow.calendar.holiday-cache}, default one
 * minute). A change made on this node is seen at once; one made on another node within this time.
 * Zero reads the table every time.
 */
@ConfigurationProperties("subsidyflow.calendar")
public record CalendarSettings(@DefaultValue("1m") Duration holidayCache) {

    public CalendarSettings {
        if (holidayCache == null || holidayCache.isNegative() || holidayCache.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("subsidyflow.calendar.holiday-cache must be between 0 and one day, not "
                    + holidayCache);
        }
    }

    public static CalendarSettings defaults() {
        return new CalendarSettings(Duration.ofMinutes(1));
    }
}

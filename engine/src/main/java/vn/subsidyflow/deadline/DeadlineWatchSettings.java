package vn.subsidyflow.deadline;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the deadline watch looks for, and how often.
 *
 * @param enabled                  whether this node runs the watch (default true); every node may: each
 *                                 action is claimed once, whichever node gets there first
 * @param interval                 how often it looks (default 5 minutes)
 * @param batchSize                dossiers acted on per look and kind (default 100); the rest wait for the next look
 * @param lapseWarningDays         working days before a supplement lapses that the applicant is told (default 2)
 * @param evidenceReminderMonths   months of waiting for the intellectual-property evidence before the
 *                                 applicant is reminded (default 24)
 * @param evidenceEscalationMonths further months after the reminder before staff are told (default 1)
 */
@Validated
@ConfigurationProperties("subsidyflow.deadline-watch")
public record DeadlineWatchSettings(@DefaultValue("true") boolean enabled,
                                    @DefaultValue("5m") Duration interval,
                                    @Min(1) @Max(10_000) @DefaultValue("100") int batchSize,
                                    @Min(1) @Max(250) @DefaultValue("2") int lapseWarningDays,
                                    @Min(1) @Max(240) @DefaultValue("24") int evidenceReminderMonths,
                                    @Min(1) @Max(240) @DefaultValue("1") int evidenceEscalationMonths) {

    public DeadlineWatchSettings {
        if (interval == null || interval.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("subsidyflow.deadline-watch.interval must be at least one second, not " + interval);
        }
    }
}

package vn.subsidyflow.web.security;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many failed sign-ins are tolerated before further attempts are refused for a while.
 *
 * @param accountFailures failed sign-ins per username within {@code window} (default 5, as banks lock a card)
 * @param addressFailures failed sign-ins per client address within {@code window} (default 50: an office
 *                        behind one address must not lock its colleagues out after a few typos)
 * @param window          the period over which failures are forgotten again, evenly (default 15 minutes)
 * @param maxTracked      how many accounts and addresses are remembered at most; the least recently
 *                        seen are forgotten first, so a flood of made-up names cannot exhaust memory
 */
@Validated
@ConfigurationProperties("subsidyflow.sign-in")
public record SignInThrottleSettings(@Min(1) @DefaultValue("5") int accountFailures,
                                     @Min(1) @DefaultValue("50") int addressFailures,
                                     @NotNull @DurationMin(seconds = 1) @DefaultValue("15m") Duration window,
                                     @Min(1) @DefaultValue("100000") int maxTracked) {
}

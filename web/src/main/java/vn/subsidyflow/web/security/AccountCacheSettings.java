package vn.subsidyflow.web.security;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long a node remembers an account it loaded to sign a request in.
 *
 * @param timeToLive how long a loaded account is used without reading it again (default 30 seconds, at
 *                   most 5 minutes, 0 to read on every request). A change made on this node is seen at
 *                   once; a change made on another node is seen here within this time at the latest
 * @param maxEntries how many accounts are remembered at most; when full, all are forgotten at once
 */
@Validated
@ConfigurationProperties("subsidyflow.accounts.cache")
public record AccountCacheSettings(@NotNull @DurationMax(minutes = 5) @DefaultValue("30s") Duration timeToLive,
                                   @Min(1) @DefaultValue("10000") int maxEntries) {
}

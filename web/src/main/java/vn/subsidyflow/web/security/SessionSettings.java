package vn.subsidyflow.web.security;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The pages' signed-in session.
 *
 * @param sessionTimeoutMinutes how long a page session lasts without a request (default 30); at least
 *                              one minute, since zero or less would keep a forgotten session open for ever
 */
@Validated
@ConfigurationProperties("subsidyflow.ui")
public record SessionSettings(@Min(1) @DefaultValue("30") int sessionTimeoutMinutes) {
}

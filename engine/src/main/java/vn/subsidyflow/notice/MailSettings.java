package vn.subsidyflow.notice;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where mail goes.
 *
 * @param host         the SMTP server ({@code SUBSIDYFLOW_SMTP_HOST}); blank: an embedded SMTP server
 *                     (GreenMail) starts and keeps what is sent, for administrators to read at /admin/mail
 * @param port         the SMTP server's port ({@code SUBSIDYFLOW_SMTP_PORT}, default 587)
 * @param username     SMTP user, if the server wants one ({@code SUBSIDYFLOW_SMTP_USERNAME})
 * @param password     SMTP password ({@code SUBSIDYFLOW_SMTP_PASSWORD})
 * @param from         the sender's address ({@code SUBSIDYFLOW_SMTP_FROM})
 * @param embeddedPort the embedded server's port; 0 (default) takes a free one, so several applications
 *                     on one machine (or several test contexts in one JVM) never collide
 * @param timeoutMs    connect, read and write time-out towards the SMTP server (default 10000)
 * @param embeddedKeep how many of the latest messages the embedded server keeps (default 1000): it holds
 *                     them on the heap, so older ones are let go
 */
@Validated
@ConfigurationProperties("subsidyflow.smtp")
public record MailSettings(String host,
                           @Min(1) @Max(65535) @DefaultValue("587") int port,
                           String username,
                           String password,
                           @NotBlank @Email @DefaultValue("no-reply@subsidyflow.local") String from,
                           @Min(0) @Max(65535) @DefaultValue("0") int embeddedPort,
                           @Min(100) @DefaultValue("10000") int timeoutMs,
                           @Min(1) @Max(1_000_000) @DefaultValue("1000") int embeddedKeep) {

    public boolean embedded() {
        return host == null || host.isBlank();
    }

    /** The right-hand side of our Message-IDs: the sender's domain. */
    String messageIdDomain() {
        return from.substring(from.indexOf('@') + 1);
    }
}

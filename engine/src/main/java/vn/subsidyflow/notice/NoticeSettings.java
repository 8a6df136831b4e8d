package vn.subsidyflow.notice;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How notices are sent.
 *
 * @param workerEnabled  whether this node sends notices (default true); a node without a worker still writes them
 * @param pollMs         how often the worker looks for notices due (default 5000)
 * @param chunkSize      notices taken per claim (default 20)
 * @param leaseMs        how long a claimed notice is held by its worker (default 120000); a worker that dies
 *                       while sending leaves it due again after this
 * @param maxAttempts    attempts before a notice is marked FAILED (default 8)
 * @param backoffMs      wait after the first failed attempt (default 60000), doubled after each further one
 * @param maxBackoffMs   the longest wait between two attempts (default 3600000)
 * @param digestAt       when the staff digest is sent on working mornings, Asia/Ho_Chi_Minh (default 07:30)
 * @param digestDueSoonDays tasks due within this many days count as due soon in the digest (default 2)
 * @param publicUrl      where users reach the application, for the links in mail (default http://localhost:8080);
 *                       configured, never taken from a request's Host header, which a caller could forge
 */
@Validated
@ConfigurationProperties("subsidyflow.notices")
public record NoticeSettings(@DefaultValue("true") boolean workerEnabled,
                             @Min(10) @DefaultValue("5000") long pollMs,
                             @Min(1) @Max(500) @DefaultValue("20") int chunkSize,
                             @Min(1000) @DefaultValue("120000") long leaseMs,
                             @Min(1) @Max(100) @DefaultValue("8") int maxAttempts,
                             @Min(0) @DefaultValue("60000") long backoffMs,
                             @Min(0) @DefaultValue("3600000") long maxBackoffMs,
                             @DefaultValue("07:30") LocalTime digestAt,
                             @Min(0) @Max(30) @DefaultValue("2") int digestDueSoonDays,
                             @jakarta.validation.constraints.Pattern(regexp = "https?://[^\\s]+[^/]")
                             @DefaultValue("http://localhost:8080") String publicUrl) {

    /** The wait after the {@code attempts}-th failed attempt: back-off doubled each time, capped. */
    public long delayAfter(int attempts) {
        long delay = backoffMs;
        for (int i = 1; i < attempts && delay < maxBackoffMs; i++) {
            delay *= 2;
        }
        return Math.min(delay, maxBackoffMs);
    }
}

package vn.subsidyflow.disbursement;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How queued payments are ordered.
 *
 * @param workerEnabled whether this node runs a {@link PaymentWorker} (default true); a node without
 *                      one still queues payments for the others
 * @param pollMs        how often the worker looks for queued payments it was not woken for (default 2000)
 * @param chunkSize     payments ordered per transaction (default 100): larger chunks cost fewer commits,
 *                      smaller ones hold their locks for less time
 * @param pauseMs       pause between chunks (default 0), to throttle orders to the Treasury
 */
@Validated
@ConfigurationProperties("subsidyflow.payments")
public record PaymentSettings(@DefaultValue("true") boolean workerEnabled,
                              @Min(1) @DefaultValue("2000") long pollMs,
                              @Min(1) @DefaultValue("100") int chunkSize,
                              @Min(0) @DefaultValue("0") long pauseMs) {
}

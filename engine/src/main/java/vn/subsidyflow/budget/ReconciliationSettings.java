package vn.subsidyflow.budget;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When the {@link LedgerMonitor} reconciles the ledger on its own.
 *
 * @param initialDelayMs after start (default 15000), so the first check does not compete with the start
 * @param intervalMs     between the end of one check and the next (default 60000)
 */
@Validated
@ConfigurationProperties("subsidyflow.reconciliation")
public record ReconciliationSettings(@Min(0) @DefaultValue("15000") long initialDelayMs,
                                     @Min(1) @DefaultValue("60000") long intervalMs) {
}

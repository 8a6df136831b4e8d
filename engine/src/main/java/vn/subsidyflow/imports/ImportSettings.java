package vn.subsidyflow.imports;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How large a history file may be, and what it may take of a node's memory. The defaults take the
 * Department's whole history with room to spare: a 100 000-row CSV file is about 17 MB.
 *
 * @param maxFileBytes     the largest file accepted (default 33554432, 32 MB); uploads of the history
 *                         file are read up to this size, every other upload keeps its own limit
 * @param maxRows          data rows in one file (default 200000)
 * @param heapPerFileByte  bytes of heap an import holds at its peak per byte of a CSV file (default 4,
 *                         measured; an XLSX file, compressed, counts five times its size): an
 *                         upload the heap has not that much room for is refused before it is read
 * @param memoryBudgetBytes the most an import may take of the heap (default 0: whatever the heap has
 *                         free after its last collection)
 */
@Validated
@ConfigurationProperties("subsidyflow.imports")
public record ImportSettings(@Min(1024) @Max(1_073_741_824L) @DefaultValue("33554432") long maxFileBytes,
                             @Min(1) @Max(1_000_000) @DefaultValue("200000") int maxRows,
                             @Min(1) @Max(100) @DefaultValue("4") int heapPerFileByte,
                             @Min(0) @DefaultValue("0") long memoryBudgetBytes) {
}

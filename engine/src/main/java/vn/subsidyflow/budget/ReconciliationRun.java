package vn.subsidyflow.budget;

import java.time.Instant;
import java.util.List;

/**
 * A reconciliation as recorded in the database: when, on which node, whether the schedule ran it or
 * someone asked for it, what it found and how long it took. Every node's health probe reads the
 * latest one, whichever node ran it.
 */
public record ReconciliationRun(Instant checkedAt, boolean scheduled, String node, int lineCount, boolean consistent,
                                List<Long> mismatchedLineIds, List<Long> mismatchedProgrammeIds, long durationMs) {
}

package vn.subsidyflow.imports;

import java.time.Instant;

/**
 * One history file imported: which file (name, size, SHA-256), who and when, and what it brought —
 * its data rows, the dossiers it created (rows imported before are not created again), the distinct
 * businesses of those dossiers and how many of them were new, and the đồng approved and paid.
 */
public record HistoryImport(long id, String fileName, long fileBytes, String sha256, String importedBy, Instant importedAt,
                            int rows, int dossiers, int organisations, int organisationsCreated, long approvedVnd,
                            long paidVnd) {
}

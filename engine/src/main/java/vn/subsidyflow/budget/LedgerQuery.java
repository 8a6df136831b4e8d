package vn.subsidyflow.budget;

import java.time.LocalDate;

/** Which ledger entries to read: of a line (either side of a transfer), of a dossier, in a date range (inclusive, UTC). */
public record LedgerQuery(Long lineId, Long applicationId, LocalDate from, LocalDate to) {
}

package vn.subsidyflow.budget;

import java.time.LocalDate;

/**
 * Which ledger entries to read: of a line (either side of a transfer), of a dossier, in a date range
 * (inclusive, UTC), of one entry type. Every filter is applied by the database, before any paging.
 */
public record LedgerQuery(Long lineId, Long applicationId, LocalDate from, LocalDate to, EntryType entryType) {

    /** Entries of every type. */
    public LedgerQuery(Long lineId, Long applicationId, LocalDate from, LocalDate to) {
        this(lineId, applicationId, from, to, null);
    }
}

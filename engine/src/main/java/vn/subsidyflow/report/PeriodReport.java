package vn.subsidyflow.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Support decided between {@code from} and {@code to} (inclusive): per fiscal year and category
 * ({@code rows}), the distinct businesses over the whole period ({@code businesses}: a business
 * supported in several years or categories counts once), and breakdowns per category, support item
 * and policy version, each counting its businesses once over the period. {@code ledger} holds the
 * paid đồng against the ledger's entries for the same dossiers.
 */
public record PeriodReport(LocalDate from, LocalDate to, ReportFilter filter, long businesses, List<PeriodReportRow> rows,
                           List<Breakdown> byCategory, List<Breakdown> bySupportItem, List<Breakdown> byPolicyVersion,
                           LedgerCheck ledger) {

    /** The per-year rows alone (no breakdowns, no ledger check, businesses unknown: 0). */
    public PeriodReport(LocalDate from, LocalDate to, List<PeriodReportRow> rows) {
        this(from, to, ReportFilter.NONE, 0, rows, List.of(), List.of(), List.of(), null);
    }

    public long dossiers() {
        return rows.stream().mapToLong(PeriodReportRow::dossiers).sum();
    }

    public long approvedVnd() {
        return rows.stream().mapToLong(PeriodReportRow::approvedVnd).sum();
    }

    public long paidVnd() {
        return rows.stream().mapToLong(PeriodReportRow::paidVnd).sum();
    }
}

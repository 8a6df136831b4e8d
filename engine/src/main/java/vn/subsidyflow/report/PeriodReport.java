package vn.subsidyflow.report;

import java.time.LocalDate;
import java.util.List;

/** Support decided between {@code from} and {@code to} (inclusive), per fiscal year and category. */
public record PeriodReport(LocalDate from, LocalDate to, List<PeriodReportRow> rows) {

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

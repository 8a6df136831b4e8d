package vn.subsidyflow.web.report;

import java.time.LocalDate;
import vn.subsidyflow.report.PeriodReport;
import vn.subsidyflow.report.PeriodReports;
import vn.subsidyflow.report.ReportFilter;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/**
 * A period report as asked for over the API, on the page and in the exports: dates or whole years
 * (never both), and the filter. One reading of the parameters, so all three show the same figures.
 */
record ReportQuery(LocalDate from, LocalDate to, Integer fromYear, Integer toYear, ReportFilter filter) {

    PeriodReport run(PeriodReports reports) {
        boolean filtered = filter != null && !filter.equals(ReportFilter.NONE);
        if (fromYear == null && toYear == null) {
            return filtered ? reports.period(from, to, filter) : reports.period(from, to);
        }
        if (from != null || to != null) {
            throw new DomainFailure(FailureCode.INVALID_PERIOD, "give either from and to (dates) or fromYear and toYear, not both");
        }
        return filtered ? reports.years(fromYear, toYear, filter) : reports.years(fromYear, toYear);
    }
}

package vn.subsidyflow.web.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.subsidyflow.report.PeriodReport;
import vn.subsidyflow.report.PeriodReportRow;
import vn.subsidyflow.report.PeriodReports;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.web.problem.SensibleDate;

/** The Department's period report; who may read it is a URL rule in the security configuration. */
@RestController
@RequestMapping("/api/v1/reports")
class ReportController {

    private final PeriodReports reports;

    ReportController(PeriodReports reports) {
        this.reports = reports;
    }

    record PeriodResponse(LocalDate from, LocalDate to, long dossiers, long approvedVnd, long paidVnd,
                          List<PeriodReportRow> rows) {

        static PeriodResponse of(PeriodReport r) {
            return new PeriodResponse(r.from(), r.to(), r.dossiers(), r.approvedVnd(), r.paidVnd(), r.rows());
        }
    }

    /**
     * Either {@code from}/{@code to} (dates) or {@code fromYear}/{@code toYear}: whole years (and a date
     * period from 1 January to 31 December) are read from the maintained summary; any other date
     * period is counted from the dossiers and takes longer as they grow.
     */
    @Operation(summary = "Supported dossiers, businesses and đồng per fiscal year and category",
            description = "Counts dossiers whose support was decided in the period (approved, waitlisted, awaiting "
                    + "completion or payment, paid), by the fiscal year their budget sits in. Give either "
                    + "fromYear and toYear (whole years: fast, read from a summary kept with every change of a dossier; "
                    + "the usual report) or from and to (ISO dates). A date period from 1 January to 31 December is "
                    + "answered from the summary too; any other date period is counted from the dossiers themselves "
                    + "and takes longer as they grow. At most 20 years. Errors: 422 INVALID_PERIOD, INVALID_YEARS.")
    @GetMapping("/period")
    PeriodResponse period(@Parameter(description = "first decision date, e.g. 2025-01-01")
                          @RequestParam(required = false) @SensibleDate(code = FailureCode.INVALID_PERIOD)
                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @Parameter(description = "last decision date, inclusive, e.g. 2025-12-31")
                          @RequestParam(required = false) @SensibleDate(code = FailureCode.INVALID_PERIOD)
                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                          @Parameter(description = "first year of decisions, e.g. 2021 (instead of from/to)")
                          @RequestParam(required = false) Integer fromYear,
                          @Parameter(description = "last year of decisions, inclusive, e.g. 2025")
                          @RequestParam(required = false) Integer toYear) {
        if (fromYear == null && toYear == null) {
            return PeriodResponse.of(reports.period(from, to));
        }
        if (from != null || to != null) {
            throw new DomainFailure(FailureCode.INVALID_PERIOD, "give either from and to (dates) or fromYear and toYear, not both");
        }
        return PeriodResponse.of(reports.years(fromYear, toYear));
    }
}

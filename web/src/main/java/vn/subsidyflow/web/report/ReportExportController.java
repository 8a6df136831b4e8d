package vn.subsidyflow.web.report;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.report.PeriodReport;
import vn.subsidyflow.report.PeriodReports;
import vn.subsidyflow.report.ReportFilter;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.web.problem.SensibleDate;

/**
 * The period report as files over the API, with the parameters of {@code GET /api/v1/reports/period}.
 * Words and headers are in the language the request accepts (Vietnamese by default).
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportExportController {

    private final PeriodReports reports;
    private final ReportExports exports;

    ReportExportController(PeriodReports reports, ReportExports exports) {
        this.reports = reports;
        this.exports = exports;
    }

    @Operation(summary = "The period report as a file: period.csv (one row per figure group: TOTAL, "
            + "FISCAL_YEAR_CATEGORY, CATEGORY, SUPPORT_ITEM, POLICY_VERSION), period.xlsx (a summary sheet, then one "
            + "sheet per breakdown) or period.pdf (the report section \"Kinh phí thực hiện\")")
    @GetMapping({"/period.csv", "/period.xlsx", "/period.pdf"})
    void file(HttpServletRequest request,
              @RequestParam(required = false) @SensibleDate(code = FailureCode.INVALID_PERIOD)
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
              @RequestParam(required = false) @SensibleDate(code = FailureCode.INVALID_PERIOD)
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
              @RequestParam(required = false) Integer fromYear, @RequestParam(required = false) Integer toYear,
              @RequestParam(required = false) Category category, @RequestParam(required = false) String supportItem,
              @RequestParam(required = false) Long policyVersion, Locale locale, HttpServletResponse response) throws IOException {
        exports.write(StringUtils.getFilenameExtension(request.getRequestURI()), report(from, to, fromYear, toYear, category, supportItem, policyVersion), locale, response, false);
    }

    private PeriodReport report(LocalDate from, LocalDate to, Integer fromYear, Integer toYear, Category category,
                                String supportItem, Long policyVersion) {
        return new ReportQuery(from, to, fromYear, toYear, new ReportFilter(category, supportItem, policyVersion)).run(reports);
    }
}

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
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.report.Breakdown;
import vn.subsidyflow.report.LedgerCheck;
import vn.subsidyflow.report.PeriodReport;
import vn.subsidyflow.report.PeriodReportRow;
import vn.subsidyflow.report.PeriodReports;
import vn.subsidyflow.report.ReportFilter;
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

    record PeriodResponse(LocalDate from, LocalDate to, String category, String supportItem, Long policyVersion,
                          long businesses, long dossiers, long approvedVnd, long paidVnd, List<PeriodReportRow> rows,
                          List<Breakdown> byCategory, List<Breakdown> bySupportItem, List<Breakdown> byPolicyVersion,
                          LedgerResponse ledger) {

        static PeriodResponse of(PeriodReport r) {
            ReportFilter f = r.filter();
            return new PeriodResponse(r.from(), r.to(), f.category() == null ? null : f.category().name(), f.supportItemCode(),
                    f.policyVersionId(), r.businesses(), r.dossiers(), r.approvedVnd(), r.paidVnd(), r.rows(), r.byCategory(),
                    r.bySupportItem(), r.byPolicyVersion(), LedgerResponse.of(r.ledger()));
        }
    }

    /** The paid đồng against the ledger's entries of the same dossiers. */
    record LedgerResponse(long reportPaidVnd, long disbursedVnd, long clawedBackVnd, long netPaidVnd, boolean matches) {

        static LedgerResponse of(LedgerCheck c) {
            return c == null ? null : new LedgerResponse(c.reportPaidVnd(), c.disbursedVnd(), c.clawedBackVnd(), c.netPaidVnd(),
                    c.matches());
        }
    }

    /**
     * Either {@code from}/{@code to} (dates) or {@code fromYear}/{@code toYear}: the whole months of the
     * period are read from the report tally kept with every change of a dossier, only the days of a
     * part-month at either end from the dossiers; narrowed to an item or a version, the whole period
     * is counted from the dossiers' covering index.
     */
    @Operation(summary = "Supported dossiers, businesses and đồng per fiscal year and category, item and policy version",
            description = "Counts dossiers whose support was decided in the period (approved, waitlisted, awaiting "
                    + "completion or payment, paid), by the fiscal year their budget sits in. Give either "
                    + "fromYear and toYear (whole years, the usual report) or from and to (ISO dates). The whole "
                    + "months of a period are read from a tally kept with every change of a dossier; the days of a "
                    + "month cut at either end of a date period are counted from the dossiers themselves, as is a "
                    + "report narrowed to a support item or a policy version. At most 20 years. Optionally narrowed "
                    + "to a category, a support item (code) and a policy version (id). businesses counts each business once over the whole "
                    + "period; byCategory, bySupportItem and byPolicyVersion do the same within each row; ledger holds "
                    + "paidVnd against the ledger's DISBURSE and CLAWBACK entries of the same dossiers. "
                    + "Errors: 422 INVALID_PERIOD, INVALID_YEARS; 400 INVALID_PARAMETER (e.g. an unknown category).")
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
                          @RequestParam(required = false) Integer toYear,
                          @Parameter(description = "only this category, e.g. MANAGEMENT_SYSTEM")
                          @RequestParam(required = false) Category category,
                          @Parameter(description = "only this support item code, e.g. ISO_9001 (in every policy version)")
                          @RequestParam(required = false) String supportItem,
                          @Parameter(description = "only this policy version (its id)")
                          @RequestParam(required = false) Long policyVersion) {
        return PeriodResponse.of(new ReportQuery(from, to, fromYear, toYear, new ReportFilter(category, supportItem, policyVersion))
                .run(reports));
    }
}

package vn.subsidyflow.web.report;

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

    @GetMapping("/period")
    PeriodResponse period(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return PeriodResponse.of(reports.period(from, to));
    }
}

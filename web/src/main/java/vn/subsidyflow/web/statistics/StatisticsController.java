package vn.subsidyflow.web.statistics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.subsidyflow.statistics.LeaderStatistics;
import vn.subsidyflow.statistics.Statistics;

/** The leaders' statistics; who may read them is a URL rule in the security configuration. */
@RestController
class StatisticsController {

    private final Statistics statistics;

    StatisticsController(Statistics statistics) {
        this.statistics = statistics;
    }

    @Operation(summary = "The procedure's statistics: received, in progress, done, on-time rate, time per step, overdue",
            description = "Over whole months in Hà Tĩnh time, the last 12 by default: dossiers filed in them by status and "
                    + "category; the on-time rate of the dossiers settled in them (paid, refused, rejected, lapsed, …) "
                    + "against their appointment day, dossiers without one not judged; average working days per step; "
                    + "open tasks overdue now; and each month's figures. At most 60 months. Errors: 422 INVALID_PERIOD.")
    @GetMapping("/api/v1/statistics")
    LeaderStatistics statistics(@Parameter(description = "first month, yyyy-MM (default: 11 months before to)")
                                @RequestParam(required = false) String from,
                                @Parameter(description = "last month, inclusive, yyyy-MM (default: this month)")
                                @RequestParam(required = false) String to) {
        return statistics.of(Months.parse("from", from), Months.parse("to", to));
    }
}

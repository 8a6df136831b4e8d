package vn.subsidyflow.web.statistics;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.subsidyflow.statistics.LeaderStatistics;
import vn.subsidyflow.statistics.Statistics;
import vn.subsidyflow.web.page.PageController;

/** The leaders' dashboard: the procedure's figures over months, with charts. */
@PageController
class StatisticsPageController {

    private final Statistics statistics;

    StatisticsPageController(Statistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/statistics")
    String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        LeaderStatistics stats = statistics.of(Months.parse("from", from), Months.parse("to", to));
        model.addAttribute("stats", stats);
        model.addAttribute("chart", MonthlyChart.of(stats.months()));
        return "statistics/dashboard";
    }
}

package vn.subsidyflow.web.budget;

import java.util.List;
import vn.subsidyflow.budget.BudgetLine;
import vn.subsidyflow.budget.BudgetOverview;

/**
 * A stacked bar per budget line — paid, committed, still available — drawn as inline SVG by the
 * template: no JavaScript, readable by screen readers through the table beside it.
 */
record BudgetChart(List<Bar> bars, long scaleVnd) {

    /** Widths in percent of the largest allocation. */
    record Bar(BudgetLine line, double paidPct, double committedPct, double availablePct, int usedPct) {
    }

    static BudgetChart of(BudgetOverview overview) {
        long scale = Math.max(1, overview.lines().stream().mapToLong(BudgetLine::allocatedVnd).max().orElse(1));
        List<Bar> bars = overview.lines().stream().map(line -> new Bar(line,
                pct(line.disbursedVnd(), scale), pct(line.committedVnd(), scale), pct(Math.max(0, line.availableVnd()), scale),
                line.allocatedVnd() == 0 ? 0 : (int) Math.round(100.0 * (line.committedVnd() + line.disbursedVnd()) / line.allocatedVnd())))
                .toList();
        return new BudgetChart(bars, scale);
    }

    private static double pct(long part, long whole) {
        return Math.round(1000.0 * part / whole) / 10.0;
    }
}

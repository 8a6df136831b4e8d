package vn.subsidyflow.budget;

import java.util.List;

/** What finance sees at a glance for one fiscal year. */
public record BudgetOverview(int fiscalYear, long programTotalVnd, List<BudgetLine> lines) {

    public long allocatedVnd() {
        return lines.stream().mapToLong(BudgetLine::allocatedVnd).sum();
    }

    public long committedVnd() {
        return lines.stream().mapToLong(BudgetLine::committedVnd).sum();
    }

    public long disbursedVnd() {
        return lines.stream().mapToLong(BudgetLine::disbursedVnd).sum();
    }

    public long availableVnd() {
        return lines.stream().mapToLong(BudgetLine::availableVnd).sum();
    }
}

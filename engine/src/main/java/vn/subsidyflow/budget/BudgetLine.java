package vn.subsidyflow.budget;

import vn.subsidyflow.catalog.Category;

/** One allocation line and its maintained balances. {@code available = allocated − committed − disbursed}. */
public record BudgetLine(long id, long policyVersionId, int fiscalYear, Category category, long allocatedVnd,
                         long committedVnd, long disbursedVnd) {

    public long availableVnd() {
        return allocatedVnd - committedVnd - disbursedVnd;
    }
}

package vn.subsidyflow.report;

import vn.subsidyflow.catalog.Category;

/**
 * What a period report is narrowed to, each part optional ({@code null}: all): a category, a
 * support item by its code (the same code across policy versions) and a policy version by its id.
 */
public record ReportFilter(Category category, String supportItemCode, Long policyVersionId) {

    public static final ReportFilter NONE = new ReportFilter(null, null, null);

    public ReportFilter {
        supportItemCode = supportItemCode == null || supportItemCode.isBlank() ? null : supportItemCode.trim();
    }

    /** Only the category (or nothing): what the kept tally, per month and category, can answer. */
    boolean tallyAnswers() {
        return supportItemCode == null && policyVersionId == null;
    }
}

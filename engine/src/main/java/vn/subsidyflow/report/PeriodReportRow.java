package vn.subsidyflow.report;

import vn.subsidyflow.catalog.Category;

/**
 * One fiscal year and category: dossiers approved, distinct businesses supported, đồng approved
 * and đồng actually paid.
 */
public record PeriodReportRow(int fiscalYear, Category category, long dossiers, long businesses, long approvedVnd,
                              long paidVnd) {
}

package vn.subsidyflow.report;

import vn.subsidyflow.catalog.Category;

/**
 * One row of {@code report_support}: supported dossiers decided in one year whose budget sits in one
 * fiscal year and category, and how many businesses have their latest such decision in that year.
 */
record SummaryRow(int decisionYear, int fiscalYear, Category category, long dossiers, long lastDecidedBusinesses,
                  long approvedVnd, long paidVnd) {
}

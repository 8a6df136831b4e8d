package vn.subsidyflow.report;

import vn.subsidyflow.catalog.Category;

/**
 * The dossiers of one business at the edges of a date period (its part-months) with the same
 * category, fiscal year, support item and policy version, and for each tally group they count in
 * whether the business already has a decision there in the period's whole months (then the tally
 * counted it, and the edges must not count it again): {@code inTotal} over the report's category or
 * all, {@code inCategory} within their own category, {@code inItem} and {@code inVersion} over the
 * report's category or all, {@code inFiscal} within their fiscal year and category.
 */
record EdgeGroup(long organisationId, Category category, int fiscalYear, String supportItemCode, long policyVersionId,
                 long dossiers, long approvedVnd, long paidVnd, boolean inTotal, boolean inCategory, boolean inItem,
                 boolean inVersion, boolean inFiscal) {
}

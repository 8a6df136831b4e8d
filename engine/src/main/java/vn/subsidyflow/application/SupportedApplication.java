package vn.subsidyflow.application;

import vn.subsidyflow.catalog.Category;

/**
 * What the period report counts of one supported dossier: its business, category, the year of its
 * decision, the fiscal year its budget sits in, its approved and paid đồng, and the support item
 * (by code) and policy version it was filed under (the report's breakdowns group by them). The aggregate says
 * it (see {@link ApplicationChanged}); the report decides what to do with it.
 */
public record SupportedApplication(long organisationId, Category category, int decisionYear, int fiscalYear,
                                   long approvedVnd, long paidVnd, String supportItemCode, long policyVersionId) {

    /** Without item and version, for the per-year summary alone. */
    public SupportedApplication(long organisationId, Category category, int decisionYear, int fiscalYear, long approvedVnd,
                                long paidVnd) {
        this(organisationId, category, decisionYear, fiscalYear, approvedVnd, paidVnd, "", 0);
    }

    /** Same business, category, decision year and fiscal year: only the amounts may differ (the per-year summary's key). */
    public boolean sameKey(SupportedApplication other) {
        return organisationId == other.organisationId && category == other.category
                && decisionYear == other.decisionYear && fiscalYear == other.fiscalYear;
    }

    /** Same business, category, item, version and decision year: the report tally's key (the fiscal year is not in it). */
    public boolean sameTallyKey(SupportedApplication other) {
        return organisationId == other.organisationId && category == other.category && decisionYear == other.decisionYear
                && policyVersionId == other.policyVersionId && java.util.Objects.equals(supportItemCode, other.supportItemCode);
    }
}

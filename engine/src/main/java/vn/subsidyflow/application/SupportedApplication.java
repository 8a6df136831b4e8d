package vn.subsidyflow.application;

import vn.subsidyflow.catalog.Category;

/**
 * What the period report counts of one supported dossier: its business, category, the year of its
 * decision, the fiscal year its budget sits in, and its approved and paid đồng. The aggregate says
 * it (see {@link ApplicationChanged}); the report decides what to do with it.
 */
public record SupportedApplication(long organisationId, Category category, int decisionYear, int fiscalYear,
                                   long approvedVnd, long paidVnd) {

    /** Same business, category, decision year and fiscal year: only the amounts may differ. */
    public boolean sameKey(SupportedApplication other) {
        return organisationId == other.organisationId && category == other.category
                && decisionYear == other.decisionYear && fiscalYear == other.fiscalYear;
    }
}

package vn.subsidyflow.application;

import java.time.LocalDate;
import java.util.Objects;
import vn.subsidyflow.catalog.Category;

/**
 * What the period report counts of one supported dossier: its business, category, the year of its
 * decision, the fiscal year its budget sits in, its approved and paid đồng, the support item (by
 * code) and policy version it was filed under (the report's breakdowns group by them), and the month
 * of its decision as the key {@code year * 100 + month} (the report tally's unit). The aggregate says
 * it (see {@link ApplicationChanged}); the report decides what to do with it.
 */
public record SupportedApplication(long organisationId, Category category, int decisionYear, int fiscalYear,
                                   long approvedVnd, long paidVnd, String supportItemCode, long policyVersionId,
                                   int decisionMonth) {

    /**
     * Without item, version and month, for the per-year summary alone (which reads none of them); the
     * month is then January of the decision year.
     */
    public SupportedApplication(long organisationId, Category category, int decisionYear, int fiscalYear, long approvedVnd,
                                long paidVnd) {
        this(organisationId, category, decisionYear, fiscalYear, approvedVnd, paidVnd, "", 0, decisionYear * 100 + 1);
    }

    /** The month key of a decision date: 2021-07-15 is 202107, so months order as the dates do. */
    public static int month(LocalDate decisionDate) {
        return decisionDate.getYear() * 100 + decisionDate.getMonthValue();
    }

    /** Same business, category, decision year and fiscal year: only the amounts may differ (the per-year summary's key). */
    public boolean sameKey(SupportedApplication other) {
        return organisationId == other.organisationId && category == other.category
                && decisionYear == other.decisionYear && fiscalYear == other.fiscalYear;
    }

    /**
     * Same business, category, item, version, decision month and fiscal year: the report tally's key
     * (the fiscal year is a group of its own, FISCAL).
     */
    public boolean sameTallyKey(SupportedApplication other) {
        return organisationId == other.organisationId && category == other.category && decisionMonth == other.decisionMonth
                && fiscalYear == other.fiscalYear && policyVersionId == other.policyVersionId
                && Objects.equals(supportItemCode, other.supportItemCode);
    }
}

package vn.subsidyflow.application;

import java.time.LocalDate;
import java.util.Objects;
import vn.subsidyflow.catalog.Category;

/**
 * What the period report counts of one supported dossier: its business, category, the fiscal year
 * its budget sits in, its approved and paid đồng, the support item (by code) and policy version it
 * was filed under (the report's breakdowns group by them), and the month of its decision as the key
 * {@code year * 100 + month} (the report tally's unit). The aggregate says it (see
 * {@link ApplicationChanged}); the report decides what to do with it.
 */
public record SupportedApplication(long organisationId, Category category, int fiscalYear, long approvedVnd, long paidVnd,
                                   String supportItemCode, long policyVersionId, int decisionMonth) {

    /** The month key of a decision date: 2021-07-15 is 202107, so months order as the dates do. */
    public static int month(LocalDate decisionDate) {
        return decisionDate.getYear() * 100 + decisionDate.getMonthValue();
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

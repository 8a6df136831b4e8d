package vn.subsidyflow.imports;

import java.time.LocalDate;
import vn.subsidyflow.applicant.OrganisationType;
import vn.subsidyflow.catalog.Category;

/** A checked row of a history file: one supported dossier to import, closed. */
record HistoryRow(int row, String taxCode, String organisationName, OrganisationType organisationType,
                  long policyVersionId, long supportItemId, String supportItemCode, Category category,
                  LocalDate filedOn, String decisionNumber, LocalDate decidedOn, long approvedVnd, long paidVnd,
                  LocalDate paidOn) {

    /** The budget year the dossier sits in: the year of its decision. */
    int fiscalYear() {
        return decidedOn.getYear();
    }
}

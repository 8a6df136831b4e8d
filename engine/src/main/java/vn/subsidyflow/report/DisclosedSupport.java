package vn.subsidyflow.report;

import java.time.LocalDate;

/**
 * One decided support as budget transparency makes it public: the business's name, the support
 * item, the amount approved, the decision's number and date — and nothing else about the dossier
 * (no tax code, contact details, documents or identifiers).
 */
public record DisclosedSupport(String businessName, String supportItemCode, String supportItemNameVi,
                               String supportItemNameEn, long approvedVnd, String decisionNumber, LocalDate decisionDate) {

    /** The item's name in the reader's language when it has one, else in Vietnamese. */
    public String supportItemName(boolean english) {
        return english && supportItemNameEn != null && !supportItemNameEn.isBlank() ? supportItemNameEn : supportItemNameVi;
    }
}

package vn.subsidyflow.catalog;

import java.time.LocalDate;
import java.util.List;
import vn.subsidyflow.applicant.OrganisationSize;
import vn.subsidyflow.applicant.OrganisationType;

/**
 * A new policy version as an administrator loads it: the resolution's real rates and caps, each
 * item with its citation. Dossiers filed from {@code effectiveFrom} on are pinned to it.
 */
public record PolicyVersionDraft(String code, String title, String citation, LocalDate effectiveFrom, LocalDate effectiveTo,
                                 Long totalVnd, List<Item> items) {

    /**
     * One support item of the version, with who may apply for it; the eligibility fields may be
     * left out, and then the item accepts every type and size, anywhere, and counts its frequency
     * limit for ever.
     */
    public record Item(String code, Category category, String nameVi, String nameEn, Integer ratePct, Long capVnd,
                       String capUnit, Integer frequencyLimit, List<DocumentKind> requiredDocuments,
                       List<DocumentKind> completionDocuments, String legalCitation,
                       List<OrganisationType> applicantTypes, Boolean headOfficeInProvince, List<OrganisationSize> sizes,
                       Integer frequencyYears) {

        public Item {
            applicantTypes = applicantTypes == null ? List.of() : applicantTypes;
            headOfficeInProvince = headOfficeInProvince != null && headOfficeInProvince;
            sizes = sizes == null ? List.of() : sizes;
            frequencyYears = frequencyYears == null ? 0 : frequencyYears;
        }

        /** An item without eligibility rules. */
        public Item(String code, Category category, String nameVi, String nameEn, Integer ratePct, Long capVnd,
                    String capUnit, Integer frequencyLimit, List<DocumentKind> requiredDocuments,
                    List<DocumentKind> completionDocuments, String legalCitation) {
            this(code, category, nameVi, nameEn, ratePct, capVnd, capUnit, frequencyLimit, requiredDocuments,
                    completionDocuments, legalCitation, null, null, null, null);
        }

        public Item withLegalCitation(String citation) {
            return new Item(code, category, nameVi, nameEn, ratePct, capVnd, capUnit, frequencyLimit, requiredDocuments,
                    completionDocuments, citation, applicantTypes, headOfficeInProvince, sizes, frequencyYears);
        }
    }
}

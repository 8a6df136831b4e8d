package vn.subsidyflow.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * A new policy version as an administrator loads it: the resolution's real rates and caps, each
 * item with its citation. Dossiers filed from {@code effectiveFrom} on are pinned to it.
 */
public record PolicyVersionDraft(String code, String title, String citation, LocalDate effectiveFrom, LocalDate effectiveTo,
                                 Long totalVnd, List<Item> items) {

    /** One support item of the version. */
    public record Item(String code, Category category, String nameVi, String nameEn, Integer ratePct, Long capVnd,
                       String capUnit, Integer frequencyLimit, List<DocumentKind> requiredDocuments,
                       List<DocumentKind> completionDocuments, String legalCitation) {

        public Item withLegalCitation(String citation) {
            return new Item(code, category, nameVi, nameEn, ratePct, capVnd, capUnit, frequencyLimit, requiredDocuments,
                    completionDocuments, citation);
        }
    }
}

package vn.subsidyflow.catalog;

import java.util.Map;
import java.util.Objects;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.shared.Money;

/** What a support item's values must be to be stored: the columns' limits and the rule's ranges. */
final class ItemRules {

    static final int CODE_MAX = 60;

    private ItemRules() {
    }

    /**
     * Refuses an item whose values do not fit. A DRAFT's item may still lack its citation (it is
     * checked when the version is published); a version loaded whole needs it at once.
     */
    static void check(PolicyVersionDraft.Item i, boolean citationRequired) {
        text("items.code", i.code(), CODE_MAX);
        if (i.category() == null || i.capUnit() == null || i.capUnit().isBlank()) {
            throw invalid("items.category", "category and capUnit are required for " + i.code());
        }
        text("items.capUnit", i.capUnit(), 40);
        if (!SupportItem.CAP_UNITS.contains(i.capUnit())) {
            throw invalid("items.capUnit", "capUnit must be one of " + SupportItem.CAP_UNITS + " for " + i.code());
        }
        text("items.nameVi", i.nameVi(), 300);
        text("items.nameEn", i.nameEn(), 300);
        if (citationRequired || i.legalCitation() != null && !i.legalCitation().isBlank()) {
            text("items.legalCitation", i.legalCitation(), 500);
        }
        if (i.ratePct() == null || i.ratePct() < 0 || i.ratePct() > 100) {
            throw invalid("items.ratePct", "ratePct must be 0–100 for " + i.code());
        }
        if (i.capVnd() == null || i.capVnd() < 0 || i.capVnd() > Money.MAX_AMOUNT_VND) {
            throw invalid("items.capVnd", "capVnd must be a non-negative whole đồng for " + i.code());
        }
        if (i.frequencyLimit() == null || i.frequencyLimit() < 0) {
            throw invalid("items.frequencyLimit", "frequencyLimit must be 0 (no limit) or more for " + i.code());
        }
        if (i.frequencyYears() < 0 || i.frequencyYears() > 100) {
            throw invalid("items.frequencyYears", "frequencyYears must be 0 (for ever) to 100 for " + i.code());
        }
        if (i.applicantTypes().stream().anyMatch(Objects::isNull) || i.sizes().stream().anyMatch(Objects::isNull)) {
            throw invalid("items.applicantTypes", "applicantTypes and sizes must not hold null for " + i.code());
        }
        if (i.requiredDocuments() == null || i.completionDocuments() == null
                || i.requiredDocuments().stream().anyMatch(Objects::isNull)
                || i.completionDocuments().stream().anyMatch(Objects::isNull)) {
            throw invalid("items.requiredDocuments", "requiredDocuments and completionDocuments are required, without null kinds, for " + i.code());
        }
    }

    static void text(String field, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw invalid(field, field + " is required, up to " + max + " characters");
        }
    }

    static DomainFailure invalid(String field, String message) {
        return new DomainFailure(FailureCode.INVALID_POLICY_VERSION, message, Map.of("field", field));
    }
}

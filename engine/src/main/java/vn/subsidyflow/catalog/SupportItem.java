package vn.subsidyflow.catalog;

import java.time.LocalDate;
import java.util.List;
import vn.subsidyflow.shared.Money;

/**
 * One thing the policy pays for, in one policy version: {@code support = min(rate × cost, cap)},
 * rounded down to 1 000 đ, at most {@link #frequencyLimit} supported dossiers per organisation
 * (0 = no limit). Every value carries its legal citation; seeded example values say so.
 */
public record SupportItem(
        long id,
        long policyVersionId,
        String policyCode,
        String code,
        Category category,
        String nameVi,
        String nameEn,
        int ratePct,
        long capVnd,
        String capUnit,
        int frequencyLimit,
        List<DocumentKind> requiredDocuments,
        List<DocumentKind> completionDocuments,
        String legalCitation,
        boolean example,
        LocalDate effectiveFrom,
        LocalDate effectiveTo) {

    public SupportItem {
        requiredDocuments = List.copyOf(requiredDocuments);
        completionDocuments = List.copyOf(completionDocuments);
    }

    /** The most this item can pay for a dossier with these eligible costs. */
    public long maxSupportFor(long eligibleCostVnd) {
        return Money.supportFor(eligibleCostVnd, ratePct, capVnd);
    }
}

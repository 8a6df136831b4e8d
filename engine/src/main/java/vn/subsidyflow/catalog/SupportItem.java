package vn.subsidyflow.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.subsidyflow.applicant.OrganisationSize;
import vn.subsidyflow.applicant.OrganisationType;
import vn.subsidyflow.shared.Money;

/**
 * One thing the policy pays for, in one policy version: {@code support = min(rate × cost, cap × units)},
 * rounded down to 1 000 đ, where the units are the certificates or products a dossier claims for
 * when the cap is per certificate or per product ({@link #capUnit}), and 1 otherwise. Every value
 * carries its legal citation; seeded example values say so.
 *
 * <p>Who may apply is data of the item too: the applicant types it accepts (empty: every type),
 * whether the head office must lie in the programme's province, the declared sizes it accepts
 * (empty: every size, and none need be declared), and at most {@link #frequencyLimit} supported
 * dossiers per organisation (0 = no limit) within the last {@link #frequencyYears} years (0 = ever).
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
        LocalDate effectiveTo,
        List<OrganisationType> applicantTypes,
        boolean headOfficeInProvince,
        List<OrganisationSize> sizes,
        int frequencyYears) {

    /** The cap is for the whole dossier. */
    public static final String PER_APPLICATION = "PER_APPLICATION";
    /** The cap is for each certificate granted (e.g. each trademark). */
    public static final String PER_CERTIFICATE = "PER_CERTIFICATE";
    /** The cap is for each product certified. */
    public static final String PER_PRODUCT = "PER_PRODUCT";
    /** The cap units a policy version may use. */
    private static final ZoneId PROVINCE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public static final List<String> CAP_UNITS = List.of(PER_APPLICATION, PER_CERTIFICATE, PER_PRODUCT);

    public SupportItem {
        requiredDocuments = List.copyOf(requiredDocuments);
        completionDocuments = List.copyOf(completionDocuments);
        applicantTypes = applicantTypes == null ? List.of() : List.copyOf(applicantTypes);
        sizes = sizes == null ? List.of() : List.copyOf(sizes);
    }

    /** An item that accepts every applicant, as items did before eligibility was data. */
    public SupportItem(long id, long policyVersionId, String policyCode, String code, Category category, String nameVi,
                       String nameEn, int ratePct, long capVnd, String capUnit, int frequencyLimit,
                       List<DocumentKind> requiredDocuments, List<DocumentKind> completionDocuments, String legalCitation,
                       boolean example, LocalDate effectiveFrom, LocalDate effectiveTo) {
        this(id, policyVersionId, policyCode, code, category, nameVi, nameEn, ratePct, capVnd, capUnit, frequencyLimit,
                requiredDocuments, completionDocuments, legalCitation, example, effectiveFrom, effectiveTo,
                List.of(), false, List.of(), 0);
    }

    /**
     * From when earlier support counts against the frequency limit: {@link #frequencyYears} years
     * before {@code now} in the province's time, or null when it counts for ever.
     */
    public Instant frequencyWindowStart(Instant now) {
        return frequencyYears == 0 ? null : now.atZone(PROVINCE_ZONE).minusYears(frequencyYears).toInstant();
    }

    /** Whether the cap counts per certificate or product, so a dossier says how many it claims for. */
    public boolean capPerUnit() {
        return PER_CERTIFICATE.equals(capUnit) || PER_PRODUCT.equals(capUnit);
    }

    /** The most this item can pay for a dossier with these eligible costs, for one unit. */
    public long maxSupportFor(long eligibleCostVnd) {
        return maxSupportFor(eligibleCostVnd, 1);
    }

    /**
     * The most this item can pay for a dossier with these eligible costs claiming for this many
     * certificates or products; a cap per dossier ignores the count.
     */
    public long maxSupportFor(long eligibleCostVnd, int units) {
        long cap = capPerUnit() ? Math.multiplyExact(capVnd, (long) Math.max(units, 1)) : capVnd;
        return Money.supportFor(eligibleCostVnd, ratePct, Math.min(cap, Money.MAX_AMOUNT_VND));
    }
}

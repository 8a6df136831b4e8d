package vn.subsidyflow.report;

/**
 * One row of a breakdown of the period report: a category, a support item (by code) or a policy
 * version (by code, with its id), its names where it has any, the distinct businesses it supported
 * over the whole period, its dossiers and its đồng approved and paid.
 */
public record Breakdown(String key, Long id, String nameVi, String nameEn, long businesses, long dossiers,
                        long approvedVnd, long paidVnd) {

    /** The name in the reader's language when there is one, else the Vietnamese one, else the key. */
    public String name(boolean english) {
        if (english && nameEn != null && !nameEn.isBlank()) {
            return nameEn;
        }
        return nameVi != null && !nameVi.isBlank() ? nameVi : key;
    }
}

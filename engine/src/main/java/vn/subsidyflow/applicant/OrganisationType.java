package vn.subsidyflow.applicant;

/** Who may apply: enterprises, cooperatives and household businesses with head office in the province. */
public enum OrganisationType {
    ENTERPRISE, COOPERATIVE, HOUSEHOLD_BUSINESS
}

package vn.subsidyflow.applicant;

/** The size a business declares (micro, small or medium enterprise), which some support items require. */
public enum OrganisationSize {
    MICRO, SMALL, MEDIUM
}

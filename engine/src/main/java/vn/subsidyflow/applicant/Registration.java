package vn.subsidyflow.applicant;

/**
 * A business signing up: its first user and its organisation, with the head office's raw address,
 * its province code and the declared size. Validated by {@link Registrations}.
 */
public record Registration(String username, String password, String email, String taxCode, String organisationName,
                           OrganisationType organisationType, String address, String provinceCode, OrganisationSize size) {

    /** A sign-up that leaves the province and size to be declared later in the profile. */
    public Registration(String username, String password, String email, String taxCode, String organisationName,
                        OrganisationType organisationType, String address) {
        this(username, password, email, taxCode, organisationName, organisationType, address, null, null);
    }
}

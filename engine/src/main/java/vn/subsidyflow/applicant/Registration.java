package vn.subsidyflow.applicant;

/** A business signing up: its first user and its organisation. Validated by {@link Registrations}. */
public record Registration(String username, String password, String email, String taxCode, String organisationName,
                           OrganisationType organisationType, String address) {
}

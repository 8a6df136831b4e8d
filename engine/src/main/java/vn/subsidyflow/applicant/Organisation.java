package vn.subsidyflow.applicant;

/** An applicant organisation and the bank account support is paid into. */
public record Organisation(Long id, String taxCode, String name, OrganisationType organisationType, String address,
                           String email, String phone, String bankName, String bankAccountNumber, String bankAccountName) {
}

package vn.subsidyflow.applicant;

/**
 * An applicant organisation and the bank account support is paid into. The head office is kept as
 * the address the business wrote and as a province code, which eligibility compares; both, with
 * the declared size, are null for a business registered before they were asked.
 */
public record Organisation(Long id, String taxCode, String name, OrganisationType organisationType, String address,
                           String email, String phone, String bankName, String bankAccountNumber, String bankAccountName,
                           String provinceCode, OrganisationSize size) {

    /** An organisation whose province and size are not (yet) known. */
    public Organisation(Long id, String taxCode, String name, OrganisationType organisationType, String address,
                        String email, String phone, String bankName, String bankAccountNumber, String bankAccountName) {
        this(id, taxCode, name, organisationType, address, email, phone, bankName, bankAccountNumber, bankAccountName,
                null, null);
    }
}

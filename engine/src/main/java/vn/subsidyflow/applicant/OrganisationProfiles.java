package vn.subsidyflow.applicant;

import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import vn.subsidyflow.audit.AuditTrail;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/**
 * What a business keeps up to date about itself: how the Department reaches it (phone, e-mail,
 * head-office address) and, from the pages, the bank account support is paid into — there only after
 * the current password is typed again, since a session left open must not be enough to redirect
 * the money.
 */
@Service
public class OrganisationProfiles {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** A Vietnamese number, mobile or landline, national ({@code 0…}) or international ({@code +84…}). */
    private static final Pattern PHONE = Pattern.compile("(0|\\+84)[1-9][0-9]{7,9}");

    private final ApplicantMapper mapper;
    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final Transactions transactions;
    private final AuditTrail audit;

    OrganisationProfiles(ApplicantMapper mapper, Accounts accounts, PasswordEncoder passwordEncoder,
                         Transactions transactions, AuditTrail audit) {
        this.mapper = mapper;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.transactions = transactions;
        this.audit = audit;
    }

    /**
     * Replaces the caller's organisation's phone (optional), e-mail and address; spaces, dots and
     * dashes typed in the phone number are dropped. Every change is in the audit trail.
     */
    public Organisation changeContact(Actor actor, String phone, String email, String address) {
        if (!actor.isApplicant()) {
            throw new DomainFailure(FailureCode.APPLICANTS_ONLY, "Only an applicant organisation's user can change its contact details");
        }
        String cleanPhone = phone == null || phone.isBlank() ? null : phone.replaceAll("[\\s.()-]", "");
        require(cleanPhone == null || PHONE.matcher(cleanPhone).matches(), "phone",
                "a Vietnamese phone number (0… or +84…, 9–11 digits)");
        require(email != null && email.length() <= 254 && EMAIL.matcher(email.trim()).matches(), "email",
                "a valid e-mail address");
        require(address != null && !address.isBlank() && address.length() <= 500, "address",
                "the head-office address, up to 500 characters");
        return transactions.inTransaction(() -> {
            OrganisationsInHand.forget(actor.organisationId());
            if (mapper.updateContact(actor.organisationId(), cleanPhone, email.trim(), address.trim()) == 0) {
                throw DomainFailure.notFound(FailureCode.ORGANISATION_NOT_FOUND, actor.organisationId());
            }
            audit.record(actor, null, "CONTACT_CHANGED", null, null, "Organisation " + actor.organisationId()
                    + ": " + (cleanPhone == null ? "-" : cleanPhone) + ", " + email.trim());
            return accounts.organisation(actor.organisationId());
        });
    }

    /**
     * Changes the bank account once the signed-in user's current password is confirmed
     * ({@code WRONG_PASSWORD} otherwise, and nothing changes); then exactly as the API does.
     */
    public Organisation changeBankAccount(Actor actor, String currentPassword, String bankName, String accountNumber,
                                          String accountName) {
        String hash = accounts.user(actor.username()).map(UserAccount::passwordHash).orElse(null);
        if (currentPassword == null || currentPassword.isEmpty() || hash == null || !passwordEncoder.matches(currentPassword, hash)) {
            throw new DomainFailure(FailureCode.WRONG_PASSWORD, "The current password is not right; the bank account was not changed",
                    Map.of("field", "currentPassword"));
        }
        return accounts.changeBankAccount(actor, bankName, accountNumber, accountName);
    }

    private static void require(boolean ok, String field, String expected) {
        if (!ok) {
            throw new DomainFailure(FailureCode.INVALID_INPUT, field + ": expected " + expected, Map.of("field", field));
        }
    }
}

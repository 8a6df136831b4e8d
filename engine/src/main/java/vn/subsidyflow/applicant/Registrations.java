package vn.subsidyflow.applicant;

import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.shared.Role;

/**
 * Businesses sign up themselves: one organisation and its first user, who can file at once
 * (checking the business's papers is part of intake).
 */
@Service
public class Registrations {

    private static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._-]{3,60}");
    /** A province's two-digit code in the national list of administrative units (42 = Hà Tĩnh). */
    private static final Pattern PROVINCE_CODE = Pattern.compile("[0-9]{2}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final ApplicantMapper mapper;
    private final PasswordEncoder passwordEncoder;
    private final Transactions transactions;

    Registrations(ApplicantMapper mapper, PasswordEncoder passwordEncoder, Transactions transactions) {
        this.mapper = mapper;
        this.passwordEncoder = passwordEncoder;
        this.transactions = transactions;
    }

    /** Creates the organisation and its applicant user; refuses taken usernames and tax codes with a 409. */
    public UserAccount register(Registration r) {
        validate(r);
        return transactions.inTransaction(() -> {
            if (mapper.usernameTaken(r.username())) {
                throw new DomainFailure(FailureCode.USERNAME_TAKEN, "The username '" + r.username() + "' is already taken");
            }
            if (mapper.findOrganisationByTaxCode(r.taxCode()).isPresent()) {
                throw new DomainFailure(FailureCode.TAX_CODE_TAKEN, "An organisation with tax code " + r.taxCode() + " is already registered");
            }
            try {
                mapper.insertOrganisation(new Organisation(null, r.taxCode(), r.organisationName().trim(), r.organisationType(),
                        r.address().trim(), r.email(), null, null, null, null, r.provinceCode(), r.size()));
                long organisationId = mapper.lastInsertId();
                return createUser(r.username(), r.password(), r.organisationName().trim(), r.email(), organisationId,
                        Set.of(Role.APPLICANT));
            } catch (DuplicateKeyException e) {
                // Two sign-ups raced for the same name or tax code; the database's unique keys decided.
                throw new DomainFailure(FailureCode.REGISTRATION_CONFLICT, "The username or tax code was taken at the same moment");
            }
        });
    }

    /** Creates a user (staff, or an applicant of an existing organisation); the caller runs the transaction. */
    UserAccount createUser(String username, String password, String displayName, String email, Long organisationId, Set<Role> roles) {
        UserAccount user = new UserAccount(null, username, passwordEncoder.encode(password), displayName, email,
                organisationId, true, roles);
        mapper.insertUser(user);
        long userId = mapper.lastInsertId();
        roles.forEach(role -> mapper.insertRole(userId, role));
        return new UserAccount(userId, username, user.passwordHash(), displayName, email, organisationId, true, roles);
    }

    private static void validate(Registration r) {
        require(r.username() != null && USERNAME.matcher(r.username()).matches(), "username",
                "3–60 letters, digits, dots, dashes or underscores");
        PasswordRules.check(r.password());
        require(r.email() != null && r.email().length() <= 254 && EMAIL.matcher(r.email()).matches(), "email", "a valid e-mail address");
        require(r.organisationName() != null && !r.organisationName().isBlank() && r.organisationName().length() <= 300,
                "organisationName", "the registered name, up to 300 characters");
        require(r.organisationType() != null, "organisationType", "one of ENTERPRISE, COOPERATIVE, HOUSEHOLD_BUSINESS");
        checkHeadOffice(r.address(), r.provinceCode());
        if (!TaxCode.isValid(r.taxCode())) {
            throw new DomainFailure(FailureCode.INVALID_TAX_CODE,
                    "'" + r.taxCode() + "' is not a valid tax code (10 digits with a valid check digit, 10+-NNN for a branch, or a 12-digit personal ID)",
                    java.util.Map.of("field", "taxCode"));
        }
        if (r.organisationType() == OrganisationType.HOUSEHOLD_BUSINESS || r.taxCode().length() != 12) {
            return;
        }
        throw new DomainFailure(FailureCode.INVALID_TAX_CODE,
                "A 12-digit personal ID is accepted only for household businesses", java.util.Map.of("field", "taxCode"));
    }

    /**
     * The head office as written (kept as the business gave it) and its province's code, which may
     * be left out and declared later; an item that needs a head office in the province then refuses it.
     */
    static void checkHeadOffice(String address, String provinceCode) {
        require(address != null && !address.isBlank() && address.length() <= 500, "address",
                "the head-office address, up to 500 characters");
        require(provinceCode == null || PROVINCE_CODE.matcher(provinceCode).matches(), "provinceCode",
                "the two-digit code of the head office's province, e.g. 42 for Hà Tĩnh");
    }

    private static void require(boolean ok, String field, String expected) {
        if (!ok) {
            throw new DomainFailure(FailureCode.INVALID_INPUT, field + ": expected " + expected,
                    java.util.Map.of("field", field));
        }
    }
}

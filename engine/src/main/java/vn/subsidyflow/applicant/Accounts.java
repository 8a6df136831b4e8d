package vn.subsidyflow.applicant;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.subsidyflow.audit.AuditTrail;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.shared.Role;

/** Looks up users and organisations; creates staff users (administration and demo data). */
@Service
public class Accounts {

    private final ApplicantMapper mapper;
    private final Registrations registrations;
    private final Transactions transactions;
    private final AuditTrail audit;

    Accounts(ApplicantMapper mapper, Registrations registrations, Transactions transactions, AuditTrail audit) {
        this.mapper = mapper;
        this.registrations = registrations;
        this.transactions = transactions;
        this.audit = audit;
    }

    public Optional<UserAccount> user(String username) {
        return mapper.findUser(username);
    }

    public List<UserAccount> users() {
        return mapper.findAllUsers();
    }

    /** The accounts of these usernames, in one query; names without an account are left out. */
    public Map<String, UserAccount> users(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return mapper.findUsers(usernames).stream().collect(Collectors.toMap(UserAccount::username, user -> user));
    }

    /**
     * The organisation, read once per transaction: a command that checks eligibility, writes a notice
     * and renders a paper asks for it several times.
     */
    public Organisation organisation(long id) {
        OrganisationsInHand inHand = OrganisationsInHand.current();
        Organisation held = inHand.byId.get(id);
        if (held != null) {
            return held;
        }
        Organisation read = mapper.findOrganisation(id).orElseThrow(() -> DomainFailure.notFound(FailureCode.ORGANISATION_NOT_FOUND, id));
        inHand.byId.put(id, read);
        return read;
    }

    public Optional<Organisation> organisationByTaxCode(String taxCode) {
        return mapper.findOrganisationByTaxCode(taxCode);
    }

    public boolean exists(String username) {
        return mapper.usernameTaken(username);
    }

    /** Creates a staff user with the given roles. */
    public UserAccount createStaff(String username, String password, String displayName, Set<Role> roles) {
        if (roles.contains(Role.APPLICANT)) {
            throw new DomainFailure(FailureCode.INVALID_ROLE, "Staff users cannot hold the APPLICANT role");
        }
        return transactions.inTransaction(() -> registrations.createUser(username, password, displayName, null, null, roles));
    }

    /**
     * Creates an organisation with its first applicant user, as the one-stop desk (or the demo
     * data) does for a business that does not sign up itself.
     */
    public UserAccount createOrganisationUser(Organisation organisation, String username, String password) {
        if (!TaxCode.isValid(organisation.taxCode())) {
            throw new DomainFailure(FailureCode.INVALID_TAX_CODE, "'" + organisation.taxCode() + "' is not a valid tax code");
        }
        return transactions.inTransaction(() -> {
            mapper.insertOrganisation(organisation);
            long organisationId = mapper.lastInsertId();
            return registrations.createUser(username, password, organisation.name(), organisation.email(), organisationId,
                    Set.of(Role.APPLICANT));
        });
    }

    /**
     * The applicant records its own organisation's bank account. Payments are made to the account
     * on file when the payment is ordered, so every change is written to the audit trail.
     */
    public Organisation changeBankAccount(Actor actor, String bankName, String accountNumber, String accountName) {
        if (!actor.isApplicant()) {
            throw new DomainFailure(FailureCode.APPLICANTS_ONLY,
                    "Only an applicant organisation's user can change its bank account");
        }
        return transactions.inTransaction(() -> {
            updateBankAccount(actor.organisationId(), bankName, accountNumber, accountName);
            audit.record(actor, null, "BANK_ACCOUNT_CHANGED", null, null, "Organisation " + actor.organisationId()
                    + ": " + bankName.trim() + " ****" + accountNumber.substring(accountNumber.length() - 4));
            return organisation(actor.organisationId());
        });
    }

    /**
     * The applicant corrects its own organisation's head office (address and province code) and
     * declared size, which eligibility reads at the next submission; the audit trail keeps each change.
     */
    public Organisation changeProfile(Actor actor, String address, String provinceCode, OrganisationSize size) {
        if (!actor.isApplicant()) {
            throw new DomainFailure(FailureCode.APPLICANTS_ONLY, "Only an applicant organisation's user can change its profile");
        }
        Registrations.checkHeadOffice(address, provinceCode);
        return transactions.inTransaction(() -> {
            OrganisationsInHand.forget(actor.organisationId());
            if (mapper.updateProfile(actor.organisationId(), address.trim(), provinceCode, size) == 0) {
                throw DomainFailure.notFound(FailureCode.ORGANISATION_NOT_FOUND, actor.organisationId());
            }
            audit.record(actor, null, "ORGANISATION_PROFILE_CHANGED", null, null, "Organisation " + actor.organisationId()
                    + ": province " + provinceCode + ", size " + size);
            return organisation(actor.organisationId());
        });
    }

    /** Records the account support is paid into; checked before every payment. */
    public void updateBankAccount(long organisationId, String bankName, String accountNumber, String accountName) {
        if (bankName == null || bankName.isBlank() || accountName == null || accountName.isBlank()
                || accountNumber == null || !accountNumber.matches("[0-9]{6,20}")) {
            throw new DomainFailure(FailureCode.INVALID_BANK_ACCOUNT, "A bank account needs the bank, a 6–20 digit account number and the account name");
        }
        transactions.run(() -> {
            OrganisationsInHand.forget(organisationId);
            if (mapper.updateBankAccount(organisationId, bankName.trim(), accountNumber, accountName.trim()) == 0) {
                throw DomainFailure.notFound(FailureCode.ORGANISATION_NOT_FOUND, organisationId);
            }
        });
    }
}

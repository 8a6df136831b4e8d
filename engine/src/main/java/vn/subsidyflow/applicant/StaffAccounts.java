package vn.subsidyflow.applicant;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.shared.Role;

/**
 * Administers accounts: an administrator creates staff accounts, edits them, grants and withdraws
 * roles, disables and re-enables them and resets passwords; everyone changes their own password.
 * A new or reset password is temporary (shown once, to be changed at the next sign-in). Every
 * change is written to the account's own trail in the same transaction, and raises the account's
 * credentials version when it must end the sessions opened before it.
 *
 * <p>The last active administrator can neither be disabled nor lose ADMIN: the Department would
 * be left with no one able to administer it, short of editing the database.
 */
@Service
public class StaffAccounts {

    private static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._-]{3,60}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+() .-]{6,30}");

    private final ApplicantMapper mapper;
    private final PasswordEncoder passwordEncoder;
    private final Transactions transactions;
    private final ApplicationEventPublisher events;

    StaffAccounts(ApplicantMapper mapper, PasswordEncoder passwordEncoder, Transactions transactions,
                  ApplicationEventPublisher events) {
        this.mapper = mapper;
        this.passwordEncoder = passwordEncoder;
        this.transactions = transactions;
        this.events = events;
    }

    public UserAccount account(String username) {
        return mapper.findUser(username).orElseThrow(() -> DomainFailure.notFound(FailureCode.USER_NOT_FOUND, username));
    }

    /** Every account, staff first. */
    public List<UserAccount> accounts() {
        return mapper.findAllUsers();
    }

    /** The account's trail, oldest first. */
    public List<AccountEvent> history(String username) {
        return mapper.findAccountEvents(username);
    }

    /** Creates a staff account with a temporary password, returned once and never stored in clear. */
    public IssuedPassword create(Actor actor, NewStaffAccount account) {
        require(account.username() != null && USERNAME.matcher(account.username()).matches(), "username",
                "3–60 letters, digits, dots, dashes or underscores");
        Details details = details(account.displayName(), account.email(), account.phone(), account.position());
        Set<Role> roles = staffRoles(account.roles());
        String temporary = TemporaryPasswords.draw();
        return transactions.inTransaction(() -> {
            if (mapper.usernameTaken(account.username())) {
                throw new DomainFailure(FailureCode.USERNAME_TAKEN, "The username '" + account.username() + "' is already taken");
            }
            mapper.insertUser(new UserAccount(null, account.username(), passwordEncoder.encode(temporary), details.displayName,
                    details.email, details.phone, details.position, null, true, true, 0, roles));
            long id = mapper.lastInsertId();
            roles.forEach(role -> mapper.insertRole(id, role));
            record(actor, account.username(), "ACCOUNT_CREATED", "Roles " + names(roles));
            return new IssuedPassword(account(account.username()), temporary);
        });
    }

    /** Applies the change; a null field stays as it is. */
    public UserAccount change(Actor actor, String username, StaffAccountChange change) {
        return transactions.inTransaction(() -> {
            UserAccount before = mapper.findUserForUpdate(username)
                    .orElseThrow(() -> DomainFailure.notFound(FailureCode.USER_NOT_FOUND, username));
            Set<Role> roles = change.roles() == null ? before.roles() : changedRoles(before, change.roles());
            boolean enabled = change.enabled() == null ? before.enabled() : change.enabled();
            if (before.isActiveAdministrator() && !(enabled && roles.contains(Role.ADMIN))) {
                requireAnotherAdministrator(username);
            }
            changeDetails(actor, before, change);
            changeRoles(actor, before, roles);
            if (enabled != before.enabled()) {
                mapper.updateEnabled(before.id(), enabled);
                record(actor, username, enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", null);
                if (!enabled) {
                    events.publishEvent(new AccountDisabled(username));
                }
            }
            return account(username);
        });
    }

    /** Gives the account a new temporary password; its sessions and API credentials stop working. */
    public IssuedPassword resetPassword(Actor actor, String username) {
        String temporary = TemporaryPasswords.draw();
        return transactions.inTransaction(() -> {
            UserAccount account = mapper.findUserForUpdate(username)
                    .orElseThrow(() -> DomainFailure.notFound(FailureCode.USER_NOT_FOUND, username));
            mapper.updatePassword(account.id(), passwordEncoder.encode(temporary), true);
            record(actor, username, "PASSWORD_RESET", null);
            return new IssuedPassword(account(username), temporary);
        });
    }

    /**
     * The signed-in user replaces their password, giving the current one; this ends a temporary
     * password and every other session of the account.
     */
    public UserAccount changeOwnPassword(Actor actor, String currentPassword, String newPassword) {
        UserAccount account = account(actor.username());
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new DomainFailure(FailureCode.WRONG_CURRENT_PASSWORD, "The current password is not right",
                    Map.of("field", "currentPassword"));
        }
        PasswordRules.check(newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new DomainFailure(FailureCode.PASSWORD_UNCHANGED, "The new password must differ from the current one",
                    Map.of("field", "newPassword"));
        }
        String hash = passwordEncoder.encode(newPassword);
        return transactions.inTransaction(() -> {
            UserAccount locked = mapper.findUserForUpdate(actor.username())
                    .orElseThrow(() -> DomainFailure.notFound(FailureCode.USER_NOT_FOUND, actor.username()));
            if (!locked.passwordHash().equals(account.passwordHash())) {
                // Changed or reset meanwhile: the current password given was checked against an old hash.
                throw new DomainFailure(FailureCode.WRONG_CURRENT_PASSWORD, "The password was changed meanwhile",
                        Map.of("field", "currentPassword"));
            }
            mapper.updatePassword(locked.id(), hash, false);
            record(actor, actor.username(), "PASSWORD_CHANGED", null);
            return account(actor.username());
        });
    }

    /**
     * Sets the password an account's owner chose through a forgotten-password link; joins the command
     * that consumed the link, so the link is used exactly when the password changes. Ends the account's
     * other sessions and a temporary password, like any password change.
     */
    public void setForgottenPassword(String username, String newPassword, String remoteAddress) {
        PasswordRules.check(newPassword);
        String hash = passwordEncoder.encode(newPassword);
        transactions.run(() -> {
            UserAccount locked = mapper.findUserForUpdate(username)
                    .orElseThrow(() -> DomainFailure.notFound(FailureCode.USER_NOT_FOUND, username));
            mapper.updatePassword(locked.id(), hash, false);
            record(new Actor(username, java.util.Set.of(), null, remoteAddress), username, "PASSWORD_RESET_BY_LINK", null);
        });
    }

    /**
     * Creates the first administrator when no active administrator exists (a fresh install);
     * afterwards does nothing. The password is the operator's own choice, so it is not temporary.
     *
     * @return whether an administrator was created
     */
    public boolean createFirstAdministrator(String username, String password, String origin) {
        require(username != null && USERNAME.matcher(username).matches(), "username",
                "3–60 letters, digits, dots, dashes or underscores");
        PasswordRules.check(password);
        String hash = passwordEncoder.encode(password);
        return transactions.inTransaction(() -> {
            if (!mapper.lockActiveAdministrators().isEmpty()) {
                return false;
            }
            if (mapper.usernameTaken(username)) {
                throw new DomainFailure(FailureCode.USERNAME_TAKEN, "The username '" + username + "' is already taken");
            }
            mapper.insertUser(new UserAccount(null, username, hash, "Administrator", null, null, null, null, true, false, 0,
                    Set.of(Role.ADMIN)));
            mapper.insertRole(mapper.lastInsertId(), Role.ADMIN);
            record(Actor.SYSTEM, username, "ACCOUNT_CREATED", "First administrator, " + origin);
            return true;
        });
    }

    /** Whether an active administrator exists. */
    public boolean hasAdministrator() {
        return transactions.inTransaction(() -> !mapper.lockActiveAdministrators().isEmpty());
    }

    private void changeDetails(Actor actor, UserAccount before, StaffAccountChange change) {
        if (change.displayName() == null && change.email() == null && change.phone() == null && change.position() == null) {
            return;
        }
        Details after = details(
                change.displayName() == null ? before.displayName() : change.displayName(),
                change.email() == null ? before.email() : change.email(),
                change.phone() == null ? before.phone() : change.phone(),
                change.position() == null ? before.position() : change.position());
        StringBuilder changed = new StringBuilder();
        describe(changed, "displayName", before.displayName(), after.displayName);
        describe(changed, "email", before.email(), after.email);
        describe(changed, "phone", before.phone(), after.phone);
        describe(changed, "position", before.position(), after.position);
        if (!changed.isEmpty()) {
            mapper.updateDetails(before.id(), after.displayName, after.email, after.phone, after.position);
            record(actor, before.username(), "ACCOUNT_DETAILS_CHANGED", changed.toString());
        }
    }

    private void changeRoles(Actor actor, UserAccount before, Set<Role> roles) {
        if (roles.equals(before.roles())) {
            return;
        }
        mapper.deleteRoles(before.id());
        roles.forEach(role -> mapper.insertRole(before.id(), role));
        for (Role role : Role.values()) {
            if (roles.contains(role) && !before.roles().contains(role)) {
                record(actor, before.username(), "ROLE_GRANTED", role.name());
            } else if (!roles.contains(role) && before.roles().contains(role)) {
                record(actor, before.username(), "ROLE_WITHDRAWN", role.name());
            }
        }
    }

    private Set<Role> changedRoles(UserAccount before, Set<Role> wanted) {
        if (!before.isStaff()) {
            throw new DomainFailure(FailureCode.NOT_A_STAFF_ACCOUNT,
                    "The roles of an applicant organisation's user do not change", Map.of("field", "roles"));
        }
        return staffRoles(wanted);
    }

    private void requireAnotherAdministrator(String username) {
        if (mapper.lockActiveAdministrators().stream().noneMatch(admin -> !admin.equals(username))) {
            throw new DomainFailure(FailureCode.LAST_ADMINISTRATOR,
                    username + " is the last active administrator: make another administrator first");
        }
    }

    private void record(Actor actor, String username, String action, String detail) {
        String trimmed = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
        mapper.insertAccountEvent(new AccountEvent(null, username, actor.username(), action, trimmed, actor.remoteAddress(), null));
        // Every change is recorded here, so this is the one place that tells the sign-in to forget the account.
        events.publishEvent(new AccountChanged(username));
    }

    private static void describe(StringBuilder changed, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changed.append(changed.isEmpty() ? "" : "; ").append(field).append(": ")
                    .append(before == null ? "—" : before).append(" → ").append(after == null ? "—" : after);
        }
    }

    private static Set<Role> staffRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new DomainFailure(FailureCode.INVALID_INPUT, "roles: expected at least one staff role",
                    Map.of("field", "roles"));
        }
        if (roles.contains(Role.APPLICANT)) {
            throw new DomainFailure(FailureCode.INVALID_ROLE, "Staff users cannot hold the APPLICANT role",
                    Map.of("field", "roles"));
        }
        return EnumSet.copyOf(roles);
    }

    private static String names(Set<Role> roles) {
        return String.join(", ", roles.stream().sorted().map(Enum::name).toList());
    }

    private record Details(String displayName, String email, String phone, String position) {
    }

    /** Blank optional fields are stored as absent; a blank phone or position clears it. */
    private static Details details(String displayName, String email, String phone, String position) {
        require(displayName != null && !displayName.isBlank() && displayName.strip().length() <= 200, "displayName",
                "the person's name, up to 200 characters");
        require(email != null && email.strip().length() <= 254 && EMAIL.matcher(email.strip()).matches(), "email",
                "a valid e-mail address");
        String cleanPhone = phone == null || phone.isBlank() ? null : phone.strip();
        require(cleanPhone == null || PHONE.matcher(cleanPhone).matches(), "phone", "6–30 digits, spaces, +, (, ), . or -");
        String cleanPosition = position == null || position.isBlank() ? null : position.strip();
        require(cleanPosition == null || cleanPosition.length() <= 200, "position", "up to 200 characters");
        return new Details(displayName.strip(), email.strip(), cleanPhone, cleanPosition);
    }

    private static void require(boolean ok, String field, String expected) {
        if (!ok) {
            throw new DomainFailure(FailureCode.INVALID_INPUT, field + ": expected " + expected, Map.of("field", field));
        }
    }
}

package vn.subsidyflow.applicant;

import java.util.Set;
import vn.subsidyflow.shared.Role;

/**
 * A user who signs in: staff (no organisation) or an applicant organisation's user.
 *
 * @param passwordChangeRequired the password is a temporary one: nothing but changing it is allowed
 * @param credentialsVersion     raised at every password change and disabling; a session opened under
 *                               an older version is ended
 */
public record UserAccount(Long id, String username, String passwordHash, String displayName, String email, String phone,
                          String position, Long organisationId, boolean enabled, boolean passwordChangeRequired,
                          int credentialsVersion, Set<Role> roles) {

    public UserAccount {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** An account without the staff details and with a password of its own choosing. */
    public UserAccount(Long id, String username, String passwordHash, String displayName, String email,
                       Long organisationId, boolean enabled, Set<Role> roles) {
        this(id, username, passwordHash, displayName, email, null, null, organisationId, enabled, false, 0, roles);
    }

    public boolean isStaff() {
        return organisationId == null;
    }

    public boolean isActiveAdministrator() {
        return enabled && roles.contains(Role.ADMIN);
    }
}

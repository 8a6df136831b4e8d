package vn.subsidyflow.applicant;

import java.util.Set;
import vn.subsidyflow.shared.Role;

/** A user who signs in: staff (no organisation) or an applicant organisation's user. */
public record UserAccount(Long id, String username, String passwordHash, String displayName, String email,
                          Long organisationId, boolean enabled, Set<Role> roles) {

    public UserAccount {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}

package vn.subsidyflow.shared;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who performs an action: the engine's view of the signed-in user, free of any HTTP type.
 *
 * @param organisationId the applicant organisation, or {@code null} for staff
 * @param remoteAddress  where the request came from, kept in the audit trail
 */
public record Actor(String username, Set<Role> roles, Long organisationId, String remoteAddress) {

    /** The process engine itself (timers, resumed waits). */
    public static final Actor SYSTEM = new Actor("system", Set.of(), null, null);

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Applicant users act only for their own organisation. */
    public boolean isApplicant() {
        return organisationId != null;
    }

    /** The candidate group of the applicant tasks of an organisation. */
    public static String applicantGroup(long organisationId) {
        return "org:" + organisationId;
    }

    /** The task candidate groups this actor belongs to. */
    public Set<String> groups() {
        Set<String> groups = new LinkedHashSet<>();
        roles.forEach(role -> groups.add(role.name()));
        if (organisationId != null) {
            groups.add(applicantGroup(organisationId));
        }
        return groups;
    }
}

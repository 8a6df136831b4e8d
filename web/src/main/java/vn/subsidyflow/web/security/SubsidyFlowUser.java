package vn.subsidyflow.web.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in user, carrying the applicant organisation (null for staff). */
public class SubsidyFlowUser extends User {

    private final Long organisationId;
    private final String displayName;

    SubsidyFlowUser(String username, String password, boolean enabled, Collection<? extends GrantedAuthority> authorities,
                    Long organisationId, String displayName) {
        super(username, password, enabled, true, true, true, authorities);
        this.organisationId = organisationId;
        this.displayName = displayName;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getDisplayName() {
        return displayName;
    }
}

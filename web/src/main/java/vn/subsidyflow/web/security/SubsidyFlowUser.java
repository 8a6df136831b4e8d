package vn.subsidyflow.web.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in user, carrying the applicant organisation (null for staff) and the state of its
 * credentials. Spring's {@code User} compares by username only, so two loads of one account are equal
 * whatever their versions: compare {@link #getCredentialsVersion()} explicitly.
 */
public class SubsidyFlowUser extends User {

    private final Long organisationId;
    private final String displayName;
    private final boolean passwordChangeRequired;
    private final int credentialsVersion;

    SubsidyFlowUser(String username, String password, boolean enabled, Collection<? extends GrantedAuthority> authorities,
                    Long organisationId, String displayName) {
        this(username, password, enabled, authorities, organisationId, displayName, false, 0);
    }

    SubsidyFlowUser(String username, String password, boolean enabled, Collection<? extends GrantedAuthority> authorities,
                    Long organisationId, String displayName, boolean passwordChangeRequired, int credentialsVersion) {
        super(username, password, enabled, true, true, true, authorities);
        this.organisationId = organisationId;
        this.displayName = displayName;
        this.passwordChangeRequired = passwordChangeRequired;
        this.credentialsVersion = credentialsVersion;
    }

    /** The password is a temporary one: the user may do nothing but change it. */
    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    /** The account's credentials version when this user was loaded; a session under an older one has ended. */
    public int getCredentialsVersion() {
        return credentialsVersion;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getDisplayName() {
        return displayName;
    }
}

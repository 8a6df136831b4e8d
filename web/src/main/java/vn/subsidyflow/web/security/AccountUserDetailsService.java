package vn.subsidyflow.web.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import vn.subsidyflow.applicant.Accounts;
import vn.subsidyflow.applicant.UserAccount;

/** Signs users in against the app_user table; roles become ROLE_* authorities. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final Accounts accounts;

    AccountUserDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.user(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return new SubsidyFlowUser(account.username(), account.passwordHash(), account.enabled(),
                account.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList(),
                account.organisationId(), account.displayName(), account.passwordChangeRequired(),
                account.credentialsVersion());
    }
}

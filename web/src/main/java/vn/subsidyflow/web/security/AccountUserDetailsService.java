package vn.subsidyflow.web.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.subsidyflow.applicant.AccountChanged;
import vn.subsidyflow.applicant.Accounts;
import vn.subsidyflow.applicant.UserAccount;

/**
 * Signs users in against the app_user table; roles become ROLE_* authorities. Accounts are
 * remembered briefly ({@link AccountCache}) and forgotten when any account changes.
 */
@Service
@EnableConfigurationProperties(AccountCacheSettings.class)
class AccountUserDetailsService implements UserDetailsService {

    private final Accounts accounts;
    private final AccountCache cache;

    AccountUserDetailsService(Accounts accounts, AccountCacheSettings settings) {
        this.accounts = accounts;
        this.cache = new AccountCache(settings);
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = cache.get(username, () -> accounts.user(username))
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return new SubsidyFlowUser(account.username(), account.passwordHash(), account.enabled(),
                account.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList(),
                account.organisationId(), account.displayName(), account.passwordChangeRequired(),
                account.credentialsVersion());
    }

    /** After the change committed (or rolled back: forgetting costs one read), never before. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void on(AccountChanged changed) {
        cache.forgetAll();
    }
}

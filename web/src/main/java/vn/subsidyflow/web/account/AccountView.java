package vn.subsidyflow.web.account;

import java.util.List;
import vn.subsidyflow.applicant.UserAccount;

/**
 * An account as the API shows it: never its password hash. {@code temporaryPassword} is present only
 * in the answer that issued it.
 */
record AccountView(String username, String displayName, String email, String phone, String position, List<String> roles,
                   boolean enabled, boolean passwordChangeRequired, Long organisationId, String temporaryPassword) {

    static AccountView of(UserAccount account) {
        return of(account, null);
    }

    static AccountView of(UserAccount account, String temporaryPassword) {
        return new AccountView(account.username(), account.displayName(), account.email(), account.phone(),
                account.position(), account.roles().stream().sorted().map(Enum::name).toList(), account.enabled(),
                account.passwordChangeRequired(), account.organisationId(), temporaryPassword);
    }
}

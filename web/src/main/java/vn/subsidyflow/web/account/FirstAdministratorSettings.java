package vn.subsidyflow.web.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator of a fresh install ({@code SUBSIDYFLOW_ADMIN_USERNAME} and
 * {@code SUBSIDYFLOW_ADMIN_PASSWORD}): created at start when no active administrator exists, and
 * ignored once one does. Both empty: a one-time setup page opens instead, its token in the log.
 */
@ConfigurationProperties("subsidyflow.admin")
record FirstAdministratorSettings(String username, String password) {

    boolean given() {
        return username != null && !username.isBlank() && password != null && !password.isEmpty();
    }
}

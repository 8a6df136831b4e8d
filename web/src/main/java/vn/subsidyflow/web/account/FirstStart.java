package vn.subsidyflow.web.account;

import java.security.SecureRandom;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.subsidyflow.applicant.StaffAccounts;

/**
 * Gives a fresh install its first administrator, with no default password anywhere: from the
 * settings when given, otherwise through the setup page, opened by a random token printed once in
 * the log (whoever can read the server's log is trusted to run it). Runs when the application is
 * ready, after the demo data (which brings its own administrator), and does nothing once an active
 * administrator exists.
 */
@Component
@EnableConfigurationProperties(FirstAdministratorSettings.class)
class FirstStart {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final StaffAccounts accounts;
    private final FirstAdministratorSettings settings;
    private final AtomicReference<String> setupToken = new AtomicReference<>();

    FirstStart(StaffAccounts accounts, FirstAdministratorSettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensureAnAdministrator() {
        if (accounts.hasAdministrator()) {
            return;
        }
        if (settings.given()) {
            if (accounts.createFirstAdministrator(settings.username(), settings.password(), "from SUBSIDYFLOW_ADMIN_USERNAME")) {
                log.info("First administrator '{}' created from the settings", settings.username());
            }
            return;
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        setupToken.set(token);
        log.warn("No administrator exists yet. Open /setup and give this one-time setup token: {}", token);
    }

    /** Whether the setup page is open: a token was drawn and no administrator exists yet. */
    boolean setupOpen() {
        return setupToken.get() != null && !accounts.hasAdministrator();
    }

    /** Creates the first administrator if the token is the one drawn; the token then closes. */
    boolean setUp(String token, String username, String password) {
        String expected = setupToken.get();
        if (expected == null || token == null || !MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), token.strip().getBytes(StandardCharsets.UTF_8))) {
            return false;
        }
        boolean created = accounts.createFirstAdministrator(username, password, "through the setup page");
        setupToken.set(null);
        return created;
    }

    /** The token drawn at start, for a test that cannot read the log. */
    String setupToken() {
        return setupToken.get();
    }
}

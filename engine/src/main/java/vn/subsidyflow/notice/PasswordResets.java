package vn.subsidyflow.notice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.subsidyflow.applicant.StaffAccounts;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/**
 * Forgotten passwords: a link with a single-use token (32 random bytes) mailed to the account, good
 * for 30 minutes; only the token's SHA-256 is stored. Asking never tells whether an account exists.
 */
@Service
public class PasswordResets {

    static final Duration VALID_FOR = Duration.ofMinutes(30);
    private static final int MAX_INPUT = 254;

    private final PasswordResetMapper mapper;
    private final Notices notices;
    private final StaffAccounts accounts;
    private final Transactions transactions;
    private final Clock clock;
    private final NoticeSettings settings;
    private final SecureRandom random = new SecureRandom();

    PasswordResets(PasswordResetMapper mapper, Notices notices, StaffAccounts accounts, Transactions transactions, Clock clock,
                   NoticeSettings settings) {
        this.mapper = mapper;
        this.notices = notices;
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Mails a reset link to each enabled account named by {@code usernameOrEmail} (its username, or its
     * own e-mail address) that has an address; does nothing, and says nothing, otherwise.
     */
    public void request(String usernameOrEmail) {
        if (usernameOrEmail == null || usernameOrEmail.isBlank() || usernameOrEmail.length() > MAX_INPUT) {
            return;
        }
        transactions.run(() -> {
            for (Recipient account : mapper.accounts(usernameOrEmail.strip())) {
                if (account.email() == null || account.email().isBlank()) {
                    continue;
                }
                byte[] bytes = new byte[32];
                random.nextBytes(bytes);
                String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                mapper.insert(sha256(token), account.username(), clock.instant().plus(VALID_FOR));
                notices.enqueue(NoticeKind.PASSWORD_RESET, List.of(account), null, null, Map.of(
                        "link", settings.publicUrl() + "/password/reset?token=" + token,
                        "validMinutes", VALID_FOR.toMinutes()));
            }
        });
    }

    /**
     * Sets the new password (the usual password rules apply) and uses the token up, in one command;
     * an unknown, used or expired token is {@code INVALID_RESET_TOKEN}.
     */
    public void reset(String token, String newPassword, String remoteAddress) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw invalid();
        }
        String hash = sha256(token);
        transactions.run(() -> {
            Instant now = clock.instant();
            PasswordResetMapper.Token found = mapper.lock(hash)
                    .filter(t -> t.usedAt() == null && t.expiresAt().isAfter(now))
                    .orElseThrow(PasswordResets::invalid);
            accounts.setForgottenPassword(found.username(), newPassword, remoteAddress);
            mapper.markUsed(hash, now);
        });
    }

    private static DomainFailure invalid() {
        return new DomainFailure(FailureCode.INVALID_RESET_TOKEN, "This link is unknown, already used or expired",
                Map.of("field", "token"));
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

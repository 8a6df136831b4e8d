package vn.subsidyflow.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.subsidyflow.database.MapperTestSupport;
import vn.subsidyflow.database.Rows;

class PasswordResetMapperTests extends MapperTestSupport {

    @Autowired
    PasswordResetMapper resets;
    @Autowired
    Rows rows;

    @Test
    void aTokenIsStoredByItsHashAndUsedOnce() {
        String hash = PasswordResets.sha256(UUID.randomUUID().toString());
        Instant expires = Instant.now().plus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
        assertThat(resets.insert(hash, "someone", expires)).isEqualTo(1);
        PasswordResetMapper.Token token = resets.lock(hash).orElseThrow();
        assertThat(token.username()).isEqualTo("someone");
        assertThat(token.expiresAt()).isEqualTo(expires);
        assertThat(token.usedAt()).isNull();
        assertThat(resets.lock(PasswordResets.sha256("unknown"))).isEmpty();

        assertThat(resets.markUsed(hash, Instant.now())).isEqualTo(1);
        assertThat(resets.markUsed(hash, Instant.now())).as("once").isZero();
        assertThat(resets.lock(hash).orElseThrow().usedAt()).isNotNull();
    }

    @Test
    void anAccountIsNamedByItsUsernameOrItsOwnAddressWhenEnabled() {
        long organisation = rows.organisation("Công ty Nghi Xuân");
        String own = user(organisation, "own-" + UUID.randomUUID() + "@b.vn", true);
        String shared = user(organisation, null, true);
        String disabled = user(null, "off-" + UUID.randomUUID() + "@b.vn", false);

        assertThat(resets.accounts(own)).extracting(Recipient::username).containsExactly(own);
        String ownEmail = rows.jdbc().queryForObject("SELECT email FROM app_user WHERE username = ?", String.class, own);
        assertThat(resets.accounts(ownEmail)).extracting(Recipient::username).containsExactly(own);
        assertThat(resets.accounts(shared)).extracting(Recipient::email).containsExactly("a@b.vn");
        assertThat(resets.accounts("a@b.vn")).as("an organisation's shared address names no account").isEmpty();
        assertThat(resets.accounts(disabled)).isEmpty();
    }

    private String user(Long organisationId, String email, boolean enabled) {
        String username = "r" + UUID.randomUUID().toString().substring(0, 12);
        rows.insert("INSERT INTO app_user (username, password_hash, display_name, email, organisation_id, enabled) "
                + "VALUES (?, 'x', ?, ?, ?, ?)", username, "Người " + username, email, organisationId, enabled);
        return username;
    }
}

package vn.subsidyflow.web.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.subsidyflow.applicant.Accounts;
import vn.subsidyflow.shared.Role;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.RealHttp;

/** A forgotten password, end to end: the link by mail, once, for 30 minutes; the answer never tells who exists. */
class PasswordResetIntegrationTests extends NoticeTestSupport {

    private static final Pattern TOKEN = Pattern.compile("/password/reset\\?token=([A-Za-z0-9_-]+)");
    private static final String FIRST = "Núi Hồng sông La 2026";
    private static final String CHOSEN = "Hồng Lĩnh mùa lúa chín";

    @Autowired
    Accounts accounts;

    @AfterEach
    void clockBackToNow() {
        clock.reset();
    }

    @Test
    void aLinkMailedToTheAccountSetsANewPasswordOnceAndTheAnswerIsTheSameForNobody() throws Exception {
        String username = "pw" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@so.vn";
        accounts.createStaff(username, FIRST, "Người Quên " + username, Set.of(Role.REVIEWER));
        jdbc.update("UPDATE app_user SET email = ? WHERE username = ?", email, username);
        Api anonymous = Api.anonymous(port);

        Api.Response asked = anonymous.post("/api/v1/password-resets", Map.of("username", username));
        Api.Response askedForNobody = anonymous.post("/api/v1/password-resets", Map.of("usernameOrEmail", "nobody-" + username));
        assertThat(asked.status()).isEqualTo(202);
        assertThat(askedForNobody.status()).isEqualTo(202);
        assertThat(askedForNobody.body()).isEqualTo(asked.body());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM password_reset WHERE username = ?", Long.class, "nobody-" + username)).isZero();

        String token = token(email, 1);
        await("the sent link to be taken out of the outbox", Duration.ofSeconds(30), () -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM notice WHERE recipient = ? AND (text_body LIKE ? OR html_body LIKE ?)", Long.class,
                username, "%" + token + "%", "%" + token + "%") == 0);
        assertThat(jdbc.queryForObject("SELECT token_hash FROM password_reset WHERE username = ?", String.class, username))
                .as("only the hash is kept").hasSize(64).isNotEqualTo(token);

        Api.Response common = anonymous.post("/api/v1/password-resets/" + token, Map.of("newPassword", "1234567890"));
        assertThat(common.code()).as("the password rules apply").isEqualTo("PASSWORD_TOO_COMMON");
        assertThat(anonymous.post("/api/v1/password-resets/" + token, Map.of("newPassword", CHOSEN)).status()).isEqualTo(204);
        assertThat(Api.as(port, username, CHOSEN).get("/api/v1/notifications").status()).isEqualTo(200);
        assertThat(Api.as(port, username, FIRST).get("/api/v1/notifications").status()).isEqualTo(401);

        Api.Response again = anonymous.post("/api/v1/password-resets/" + token, Map.of("newPassword", "Một mật khẩu khác hẳn 99"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.code()).isEqualTo("INVALID_RESET_TOKEN");
        assertThat(anonymous.post("/api/v1/password-resets/not-a-token", Map.of("newPassword", CHOSEN)).code())
                .isEqualTo("INVALID_RESET_TOKEN");

        // A second link, used 31 minutes later: expired.
        assertThat(anonymous.post("/api/v1/password-resets", Map.of("email", email)).status()).isEqualTo(202);
        String late = token(email, 2);
        clock.set(Instant.now().plus(Duration.ofMinutes(31)));
        assertThat(anonymous.post("/api/v1/password-resets/" + late, Map.of("newPassword", "Một mật khẩu khác hẳn 99")).code())
                .isEqualTo("INVALID_RESET_TOKEN");
        assertThat(Api.as(port, username, CHOSEN).get("/api/v1/notifications").status()).isEqualTo(200);
    }

    @Test
    void theSignInPageLeadsToTheFormsThatMailALinkAndSetTheNewPassword() throws Exception {
        String username = "pp" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@so.vn";
        accounts.createStaff(username, FIRST, "Người Quên " + username, Set.of(Role.REVIEWER));
        jdbc.update("UPDATE app_user SET email = ? WHERE username = ?", email, username);
        RealHttp browser = new RealHttp(port);
        assertThat(browser.get("/login").body()).contains("href=\"/password/forgotten\"");
        assertThat(browser.get("/password/forgotten").statusCode()).isEqualTo(200);
        java.net.http.HttpResponse<String> sent = browser.post("/password/forgotten", "usernameOrEmail=" + email);
        assertThat(sent.statusCode()).isEqualTo(200);
        java.net.http.HttpResponse<String> nobody = browser.post("/password/forgotten", "usernameOrEmail=nobody-" + email);
        assertThat(nobody.body()).contains("Nếu có tài khoản phù hợp");
        assertThat(sent.body()).contains("Nếu có tài khoản phù hợp");

        String token = token(email, 1);
        assertThat(browser.get("/password/reset?token=" + token).body()).contains("value=\"" + token + "\"");
        java.net.http.HttpResponse<String> weak = browser.post("/password/reset", "token=" + token + "&newPassword=1234567890");
        assertThat(weak.statusCode()).isEqualTo(422);
        assertThat(weak.body()).contains("quá phổ biến");
        java.net.http.HttpResponse<String> done = browser.post("/password/reset",
                "token=" + token + "&newPassword=" + java.net.URLEncoder.encode(CHOSEN, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location").orElse("")).endsWith("/login?passwordReset");
        RealHttp.signedIn(port, username, CHOSEN);
        java.net.http.HttpResponse<String> reused = browser.post("/password/reset", "token=" + token + "&newPassword=Kh%C3%A1c+h%E1%BA%B3n+n%E1%BB%AFa+99");
        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(reused.body()).contains("đã hết hạn");
    }

    /** The token of the {@code nth} reset mail to the address. */
    private String token(String email, int nth) throws Exception {
        await("reset mail " + nth, Duration.ofSeconds(30), () -> mailTo(email).size() >= nth);
        List<MimeMessage> mails = mailTo(email);
        assertThat(mails).hasSize(nth);
        MimeMessage mail = mails.get(nth - 1);
        assertThat(mail.getSubject()).isEqualTo("Đặt lại mật khẩu SubsidyFlow");
        Matcher matcher = TOKEN.matcher(MailParts.text(mail));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}

package vn.subsidyflow.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.RealHttp;
import vn.subsidyflow.web.support.Scenario;
import vn.subsidyflow.web.support.TaxCodes;

/** Rules for a new password, on the API and the sign-up page; and no password length ever costs a 500. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class NewPasswordIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void shouldRefuseShortLongAndCommonPasswordsWithACode() {
        assertRefused("nine-char", "PASSWORD_TOO_SHORT");
        assertRefused("a".repeat(65), "PASSWORD_TOO_LONG");
        // 25 Vietnamese letters are 75 bytes in UTF-8, over bcrypt's 72: this registration used to answer 500.
        assertRefused("ệ".repeat(25), "PASSWORD_TOO_LONG");
        assertRefused("1234567890", "PASSWORD_TOO_COMMON");
        assertRefused("Password123", "PASSWORD_TOO_COMMON");

        String vietnamese = "Mật khẩu của Hồng Lĩnh";
        String username = "pw" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        assertThat(register(username, vietnamese).status()).isEqualTo(201);
        assertThat(Api.as(port, username, vietnamese).get("/api/v1/applications").status()).isEqualTo(200);
    }

    @Test
    void shouldShowThePasswordRuleOnTheSignUpPage() {
        RealHttp browser = new RealHttp(port);
        String username = "pw" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        var refused = browser.post("/signup", "organisationName=" + RealHttp.encode("Công ty " + username)
                + "&organisationType=ENTERPRISE&taxCode=" + TaxCodes.fresh() + "&address=" + RealHttp.encode("Hà Tĩnh")
                + "&email=" + username + "%40example.vn&username=" + username + "&password=qwertyuiop&passwordAgain=qwertyuiop");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"password-error\"").contains("Mật khẩu này quá phổ biến");
    }

    @Test
    void shouldAnswerAnOverlongPasswordAtSignInWith401NotA500() {
        assertThat(Api.as(port, "intake", "ệ".repeat(40)).get("/api/v1/applications").status()).isEqualTo(401);
        assertThat(Api.as(port, "intake", Scenario.PASSWORD).get("/api/v1/applications").status())
                .as("the demo users keep their short password").isEqualTo(200);
    }

    private void assertRefused(String password, String code) {
        Api.Response response = register("pw" + UUID.randomUUID().toString().replace("-", "").substring(0, 12), password);
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.code()).isEqualTo(code);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    private Api.Response register(String username, String password) {
        Map<String, Object> registration = new HashMap<>(Map.of("username", username, "password", password,
                "email", username + "@example.vn", "taxCode", TaxCodes.fresh(), "organisationName", "Công ty " + username,
                "organisationType", "ENTERPRISE", "address", "Hà Tĩnh"));
        return Api.anonymous(port).post("/api/v1/registrations", registration);
    }
}

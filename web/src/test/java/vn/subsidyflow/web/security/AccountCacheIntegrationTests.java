package vn.subsidyflow.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.Scenario;

/** A remembered account never outlives a change made on this node: roles, disabling and passwords act on the next call. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class AccountCacheIntegrationTests {

    private static final String PASSWORD = "Đèo Ngang chiều gió lộng";

    @LocalServerPort
    int port;

    @Test
    void shouldApplyAGrantedAndAWithdrawnRoleOnTheNextCall() {
        String username = staff("INTAKE");
        Api user = Api.as(port, username, PASSWORD);
        assertThat(user.get("/api/v1/users").status()).isEqualTo(403);
        assertThat(user.get("/api/v1/users").status()).as("remembered, still refused").isEqualTo(403);

        assertThat(admin().patch("/api/v1/users/" + username, Map.of("roles", List.of("INTAKE", "ADMIN"))).status()).isEqualTo(200);
        assertThat(user.get("/api/v1/users").status()).as("granted at once").isEqualTo(200);

        assertThat(admin().patch("/api/v1/users/" + username, Map.of("roles", List.of("INTAKE"))).status()).isEqualTo(200);
        assertThat(user.get("/api/v1/users").status()).as("withdrawn at once").isEqualTo(403);
    }

    @Test
    void shouldRefuseADisabledAccountAndAnOldPasswordOnTheNextCall() {
        String username = staff("AUDITOR");
        Api user = Api.as(port, username, PASSWORD);
        assertThat(user.get("/api/v1/applications").status()).isEqualTo(200);
        assertThat(user.get("/api/v1/applications").status()).isEqualTo(200);

        assertThat(admin().patch("/api/v1/users/" + username, Map.of("enabled", false)).status()).isEqualTo(200);
        assertThat(user.get("/api/v1/applications").status()).isEqualTo(401);
        assertThat(admin().patch("/api/v1/users/" + username, Map.of("enabled", true)).status()).isEqualTo(200);
        assertThat(user.get("/api/v1/applications").status()).isEqualTo(200);

        String changed = PASSWORD + " mới";
        assertThat(user.put("/api/v1/me/password", Map.of("currentPassword", PASSWORD, "newPassword", changed)).status())
                .isEqualTo(204);
        assertThat(user.get("/api/v1/applications").status()).as("the old password").isEqualTo(401);
        assertThat(Api.as(port, username, changed).get("/api/v1/applications").status()).isEqualTo(200);
    }

    private Api admin() {
        return Api.as(port, "admin", Scenario.PASSWORD);
    }

    private String staff(String role) {
        String username = "ac" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Api.Response created = admin().post("/api/v1/users", Map.of("username", username, "displayName", "Cán bộ " + username,
                "email", username + "@so.vn", "roles", List.of(role)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String temporary = created.text("temporaryPassword");
        assertThat(Api.as(port, username, temporary).get("/api/v1/applications").code()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        Api.Response changed = Api.as(port, username, temporary).put("/api/v1/me/password",
                Map.of("currentPassword", temporary, "newPassword", PASSWORD));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        return username;
    }
}

package vn.subsidyflow.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.RealHttp;
import vn.subsidyflow.web.support.Scenario;

/** Staff accounts administered over the API, and what a changed password or a disabled account ends. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class AccountsIntegrationTests {

    private static final String NEW_PASSWORD = "Hồng Lĩnh mùa lúa chín";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api admin() {
        return Api.as(port, "admin", Scenario.PASSWORD);
    }

    @Test
    void anAdministratorCreatesAStaffAccountWhoseTemporaryPasswordOpensOnlyThePasswordChange() {
        String username = fresh();
        Api.Response created = admin().post("/api/v1/users", Map.of("username", username, "displayName", "Lê Văn Thẩm",
                "email", username + "@so.vn", "phone", "0239 3855 123", "position", "Chuyên viên", "roles", List.of("REVIEWER")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/users/" + username);
        assertThat(created.text("username")).isEqualTo(username);
        assertThat(created.body().path("roles").get(0).asString()).isEqualTo("REVIEWER");
        assertThat(created.body().path("passwordChangeRequired").asBoolean()).isTrue();
        assertThat(created.body().has("passwordHash")).isFalse();
        String temporary = created.text("temporaryPassword");
        assertThat(temporary).hasSize(16);

        Api.Response read = admin().get("/api/v1/users/" + username);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().path("temporaryPassword").isNull() || read.body().path("temporaryPassword").isMissingNode()).isTrue();
        assertThat(read.text("position")).isEqualTo("Chuyên viên");
        assertThat(names(admin().get("/api/v1/users").body())).contains(username, "admin");

        Api temporaryUser = Api.as(port, username, temporary);
        Api.Response blocked = temporaryUser.get("/api/v1/tasks");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.code()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        assertThat(temporaryUser.get("/api/v1/support-items").code()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        HttpResponse<String> page = RealHttp.signedIn(port, username, temporary).get("/home");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/account/password");

        Api.Response wrong = temporaryUser.put("/api/v1/me/password", Map.of("currentPassword", "not it at all", "newPassword", NEW_PASSWORD));
        assertThat(wrong.code()).isEqualTo("WRONG_CURRENT_PASSWORD");
        assertThat(temporaryUser.put("/api/v1/me/password", Map.of("currentPassword", temporary, "newPassword", "1234567890")).code())
                .isEqualTo("PASSWORD_TOO_COMMON");
        assertThat(temporaryUser.put("/api/v1/me/password", Map.of("currentPassword", temporary, "newPassword", NEW_PASSWORD))
                .status()).isEqualTo(204);

        assertThat(temporaryUser.get("/api/v1/tasks").status()).as("the temporary password stopped working").isEqualTo(401);
        Api user = Api.as(port, username, NEW_PASSWORD);
        assertThat(user.get("/api/v1/tasks").status()).isEqualTo(200);
        assertThat(admin().get("/api/v1/users/" + username).body().path("passwordChangeRequired").asBoolean()).isFalse();
        assertThat(trail(username)).containsExactly("ACCOUNT_CREATED", "PASSWORD_CHANGED");
    }

    @Test
    void aTemporaryPasswordLeadsThePagesToTheChangePasswordPageAndTheSessionGoesOnAfterTheChange() {
        String username = fresh();
        Api.Response created = admin().post("/api/v1/users", Map.of("username", username, "displayName", "Võ Thị Lan",
                "email", username + "@so.vn", "roles", List.of("INTAKE")));
        String temporary = created.text("temporaryPassword");
        RealHttp browser = RealHttp.signedIn(port, username, temporary);
        assertThat(browser.get("/inbox").headers().firstValue("Location").orElse("")).endsWith("/account/password");
        HttpResponse<String> form = browser.get("/account/password");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Tài khoản đang dùng mật khẩu tạm thời");

        HttpResponse<String> wrong = browser.post("/account/password", "currentPassword=not+it+at+all&newPassword="
                + RealHttp.encode(NEW_PASSWORD) + "&newPasswordAgain=" + RealHttp.encode(NEW_PASSWORD));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("id=\"currentPassword-error\"").contains("Mật khẩu hiện tại không đúng");
        HttpResponse<String> common = browser.post("/account/password", "currentPassword=" + temporary
                + "&newPassword=1234567890&newPasswordAgain=1234567890");
        assertThat(common.statusCode()).isEqualTo(422);
        assertThat(common.body()).contains("id=\"password-error\"");

        HttpResponse<String> changed = browser.post("/account/password", "currentPassword=" + temporary + "&newPassword="
                + RealHttp.encode(NEW_PASSWORD) + "&newPasswordAgain=" + RealHttp.encode(NEW_PASSWORD));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(changed.headers().firstValue("Location").orElse("")).contains("/home");
        assertThat(browser.get("/inbox").statusCode()).as("this session goes on, signed in again").isEqualTo(200);
        assertThat(Api.as(port, username, NEW_PASSWORD).get("/api/v1/tasks").status()).isEqualTo(200);
    }

    @Test
    void anAdministratorDoesItAllFromThePagesAndSeesTheAccountsTrail() {
        String username = fresh();
        RealHttp browser = RealHttp.signedIn(port, "admin", Scenario.PASSWORD);
        assertThat(browser.get("/admin/users").body()).contains("action=\"/admin/users\"");
        HttpResponse<String> refused = browser.post("/admin/users", "username=" + username + "&displayName=Ngô+Văn+Bình&email=x");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"email-error\"").contains("value=\"" + username + "\"");

        HttpResponse<String> created = browser.post("/admin/users", "username=" + username
                + "&displayName=Ngô+Văn+Bình&email=binh%40so.vn&position=Chuyên+viên&roles=REVIEWER");
        assertThat(created.statusCode()).isEqualTo(200);
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile("<code>([A-Za-z0-9]{16})</code>").matcher(created.body());
        assertThat(shown.find()).as("the temporary password is shown once").isTrue();
        assertThat(Api.as(port, username, shown.group(1)).get("/api/v1/tasks").code()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        assertThat(browser.get("/admin/users/" + username).body()).doesNotContain(shown.group(1));

        assertThat(browser.post("/admin/users/" + username, "displayName=Ngô+Văn+Bình&email=binh%40so.vn&phone=0239+111+222"
                + "&position=Chuyên+viên&roles=REVIEWER&roles=APPROVER").statusCode()).isEqualTo(302);
        assertThat(browser.post("/admin/users/" + username + "/enabled", "enabled=false").statusCode()).isEqualTo(302);
        HttpResponse<String> reset = browser.post("/admin/users/" + username + "/password-reset", "");
        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(reset.body()).contains("id=\"temporary-password\"");

        HttpResponse<String> page = browser.get("/admin/users/" + username);
        assertThat(page.body()).contains("Tạo tài khoản", "Sửa thông tin", "Cấp vai trò", "Vô hiệu hóa", "Đặt lại mật khẩu",
                "0239 111 222", "Đã vô hiệu hóa");
        assertThat(trail(username)).containsExactly("ACCOUNT_CREATED", "ACCOUNT_DETAILS_CHANGED", "ROLE_GRANTED",
                "ACCOUNT_DISABLED", "PASSWORD_RESET");
    }

    @Test
    void anAdministratorEditsGrantsWithdrawsDisablesAndReEnablesWithEveryChangeInTheTrail() {
        String username = staff("INTAKE");
        Api.Response edited = admin().patch("/api/v1/users/" + username, Map.of("displayName", "Phạm Thị Hoa",
                "email", "hoa@so.vn", "position", "Trưởng phòng", "roles", List.of("INTAKE", "APPROVER")));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.text("displayName")).isEqualTo("Phạm Thị Hoa");
        assertThat(names(edited.body().path("roles"))).containsExactlyInAnyOrder("APPROVER", "INTAKE");

        assertThat(admin().patch("/api/v1/users/" + username, Map.of("roles", List.of("APPROVER"))).status()).isEqualTo(200);
        assertThat(admin().patch("/api/v1/users/" + username, Map.of("roles", List.of("APPLICANT"))).code()).isEqualTo("INVALID_ROLE");
        assertThat(admin().patch("/api/v1/users/" + username, Map.of("email", "not an address")).code()).isEqualTo("INVALID_INPUT");
        assertThat(admin().patch("/api/v1/users/nobody-" + username, Map.of("enabled", false)).code()).isEqualTo("USER_NOT_FOUND");

        Api user = Api.as(port, username, NEW_PASSWORD);
        assertThat(user.get("/api/v1/tasks").status()).isEqualTo(200);
        assertThat(admin().patch("/api/v1/users/" + username, Map.of("enabled", false)).status()).isEqualTo(200);
        assertThat(user.get("/api/v1/tasks").status()).as("a disabled account cannot act").isEqualTo(401);
        assertThat(new RealHttp(port).signIn(username, NEW_PASSWORD).headers().firstValue("Location").orElse(""))
                .as("nor sign in").endsWith("/login?error");
        assertThat(admin().patch("/api/v1/users/" + username, Map.of("enabled", true)).status()).isEqualTo(200);
        assertThat(user.get("/api/v1/tasks").status()).isEqualTo(200);

        assertThat(trail(username)).containsExactly("ACCOUNT_CREATED", "PASSWORD_CHANGED", "ACCOUNT_DETAILS_CHANGED",
                "ROLE_GRANTED", "ROLE_WITHDRAWN", "ACCOUNT_DISABLED", "ACCOUNT_ENABLED");
    }

    @Test
    void aResetPasswordEndsTheOldPasswordAndTheOpenPageSession() {
        String username = staff("AUDITOR");
        Api user = Api.as(port, username, NEW_PASSWORD);
        // Used just now, so the verified-password cache holds it: the reset must still end it.
        assertThat(user.get("/api/v1/applications").status()).isEqualTo(200);
        RealHttp browser = RealHttp.signedIn(port, username, NEW_PASSWORD);
        assertThat(browser.get("/home").headers().firstValue("Location").orElse("")).doesNotContain("/login");

        Api.Response reset = admin().post("/api/v1/users/" + username + "/password-reset", null);
        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        String temporary = reset.text("temporaryPassword");
        assertThat(temporary).hasSize(16);

        assertThat(user.get("/api/v1/applications").status()).isEqualTo(401);
        HttpResponse<String> ended = browser.get("/home");
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(ended.headers().firstValue("Location").orElse("")).endsWith("/login?expired");
        assertThat(Api.as(port, username, temporary).get("/api/v1/applications").code()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        assertThat(trail(username)).endsWith("PASSWORD_RESET");
    }

    @Test
    void disablingAnAccountEndsItsSessionAndPutsItsClaimedTasksBackInTheQueue() {
        String username = staff("INTAKE");
        Api officer = Api.as(port, username, NEW_PASSWORD);
        Scenario scenario = Scenario.create(port, 100_000_000L, 0, 0);
        long filed = scenario.file(scenario.newApplicant(), scenario.iso, 20_000_000L);
        String task = scenario.taskId(officer, filed, "intake");
        assertThat(officer.post("/api/v1/tasks/" + task + "/claim", null).status()).isLessThan(300);
        assertThat(assignee(task)).isEqualTo(username);
        RealHttp browser = RealHttp.signedIn(port, username, NEW_PASSWORD);

        assertThat(admin().patch("/api/v1/users/" + username, Map.of("enabled", false)).status()).isEqualTo(200);

        assertThat(assignee(task)).as("back in the intake queue").isNull();
        assertThat(Api.as(port, "intake", Scenario.PASSWORD).post("/api/v1/tasks/" + task + "/claim", null).status()).isLessThan(300);
        assertThat(browser.get("/inbox").headers().firstValue("Location").orElse("")).endsWith("/login?expired");
    }

    @Test
    void theLastActiveAdministratorCannotBeDisabledNorLoseTheRole() {
        String second = staff("ADMIN");
        // Every other active administrator loses the role for a moment, so that 'admin' is the last one.
        Map<String, List<String>> others = new java.util.LinkedHashMap<>();
        for (JsonNode user : admin().get("/api/v1/users").body()) {
            String name = user.path("username").asString();
            if (!name.equals("admin") && user.path("enabled").asBoolean() && names(user.path("roles")).contains("ADMIN")) {
                others.put(name, names(user.path("roles")));
            }
        }
        assertThat(others).containsKey(second);
        try {
            for (String other : others.keySet()) {
                assertThat(admin().patch("/api/v1/users/" + other, Map.of("roles", List.of("AUDITOR"))).status()).isEqualTo(200);
            }
            Api.Response disabled = admin().patch("/api/v1/users/admin", Map.of("enabled", false));
            assertThat(disabled.status()).isEqualTo(409);
            assertThat(disabled.code()).isEqualTo("LAST_ADMINISTRATOR");
            assertThat(admin().patch("/api/v1/users/admin", Map.of("roles", List.of("AUDITOR"))).code()).isEqualTo("LAST_ADMINISTRATOR");
            assertThat(admin().get("/api/v1/users/admin").body().path("enabled").asBoolean()).isTrue();
        } finally {
            others.forEach((other, roles) -> admin().patch("/api/v1/users/" + other, Map.of("roles", roles)));
        }
        // With a second administrator, the first may step down.
        assertThat(admin().patch("/api/v1/users/" + second, Map.of("enabled", false)).status()).isEqualTo(200);
    }

    @Test
    void nonAdministratorsAreRefusedEveryUsersEndpoint() {
        for (String who : List.of("intake", "reviewer", "approver", "finance", "auditor", "applicant1")) {
            Api api = Api.as(port, who, Scenario.PASSWORD);
            assertThat(api.get("/api/v1/users").status()).isEqualTo(403);
            assertThat(api.get("/api/v1/users/admin").status()).isEqualTo(403);
            assertThat(api.post("/api/v1/users", Map.of()).status()).isEqualTo(403);
            assertThat(api.patch("/api/v1/users/admin", Map.of("enabled", false)).status()).isEqualTo(403);
            assertThat(api.post("/api/v1/users/admin/password-reset", null).status()).isEqualTo(403);
        }
        assertThat(Api.anonymous(port).get("/api/v1/users").status()).isEqualTo(401);
        assertThat(Api.anonymous(port).put("/api/v1/me/password", Map.of()).status()).isEqualTo(401);
    }

    /** A staff account with these roles whose password is already {@link #NEW_PASSWORD}. */
    private String staff(String... roles) {
        String username = fresh();
        Api.Response created = admin().post("/api/v1/users", Map.of("username", username, "displayName", "Cán bộ " + username,
                "email", username + "@so.vn", "roles", List.of(roles)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api.Response changed = Api.as(port, username, created.text("temporaryPassword")).put("/api/v1/me/password",
                Map.of("currentPassword", created.text("temporaryPassword"), "newPassword", NEW_PASSWORD));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        return username;
    }

    private List<String> trail(String username) {
        return jdbc.queryForList("SELECT action FROM account_event WHERE username = ? ORDER BY id", String.class, username);
    }

    private String assignee(String taskId) {
        return jdbc.queryForObject("SELECT assignee FROM open_task WHERE task_id = ?", String.class, taskId);
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(node.isString() ? node.asString() : node.path("username").asString()));
        return names;
    }

    private static String fresh() {
        return "st" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}

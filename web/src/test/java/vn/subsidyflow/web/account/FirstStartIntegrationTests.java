package vn.subsidyflow.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.DedicatedNode;
import vn.subsidyflow.web.support.RealHttp;
import vn.subsidyflow.web.support.TaxCodes;

/**
 * A production install starts without the demo profile on an empty database: no account, no
 * default password. Its first administrator comes from the settings, or through the one-time setup
 * page; from there on, everything is done through the API.
 */
class FirstStartIntegrationTests {

    private static final String ADMIN_PASSWORD = "Sở Khoa học Hà Tĩnh 2026";
    private static final String STAFF_PASSWORD = "Núi Hồng sông La mãi xanh";

    @Test
    void fromAnEmptyDatabaseToAnAdministratorStaffAndAFirstDossierThroughTheApiAlone() {
        try (DedicatedNode node = DedicatedNode.startWithoutDemo("mariadb-first-start", schema(),
                "--subsidyflow.admin.username=chief", "--subsidyflow.admin.password=" + ADMIN_PASSWORD)) {
            int port = node.port();
            assertThat(Api.as(port, "admin", "demo").get("/api/v1/users").status()).as("no demo administrator").isEqualTo(401);
            Api chief = Api.as(port, "chief", ADMIN_PASSWORD);
            Api.Response users = chief.get("/api/v1/users");
            assertThat(users.status()).as(users.toString()).isEqualTo(200);
            assertThat(users.body().size()).isEqualTo(1);
            assertThat(users.body().get(0).path("roles").get(0).asString()).isEqualTo("ADMIN");
            assertThat(new RealHttp(port).get("/setup").statusCode()).as("no setup page once an administrator exists")
                    .isEqualTo(404);

            Api officer = staff(port, chief, "officer", "INTAKE");

            Api business = business(port);
            JsonNode item = business.get("/api/v1/support-items").body().get(0);
            Api.Response draft = business.post("/api/v1/applications", Map.of("supportItemCode", item.path("code").asString(),
                    "title", "Hồ sơ đầu tiên", "eligibleCostVnd", 40_000_000L));
            assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
            long id = draft.number("id");
            for (JsonNode kind : item.path("requiredDocuments")) {
                Api.Response uploaded = business.upload("/api/v1/applications/" + id + "/documents", kind.asString(),
                        "scan.pdf", "application/pdf", ("%PDF-1.4 " + kind.asString()).getBytes(StandardCharsets.UTF_8));
                assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
            }
            Api.Response submitted = business.post("/api/v1/applications/" + id + "/submit", null);
            assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);

            Api.Response inbox = officer.get("/api/v1/tasks?applicationId=" + id + "&key=intake");
            assertThat(inbox.status()).as(inbox.toString()).isEqualTo(200);
            assertThat(inbox.body().size()).as("the intake officer has the first dossier").isEqualTo(1);
        }
    }

    @Test
    void withoutTheSettingsTheSetupPageAndTheTokenFromTheLogMakeTheFirstAdministrator() {
        try (DedicatedNode node = DedicatedNode.startWithoutDemo("mariadb-first-start", schema())) {
            int port = node.port();
            String token = node.bean(FirstStart.class).setupToken();
            assertThat(token).hasSize(48);
            RealHttp browser = new RealHttp(port);
            assertThat(browser.get("/setup").statusCode()).isEqualTo(200);

            HttpResponse<String> wrong = browser.post("/setup", "token=not-the-token&username=chief&password="
                    + RealHttp.encode(ADMIN_PASSWORD));
            assertThat(wrong.statusCode()).isEqualTo(403);
            assertThat(Api.as(port, "chief", ADMIN_PASSWORD).get("/api/v1/users").status()).isEqualTo(401);

            HttpResponse<String> set = browser.post("/setup", "token=" + token + "&username=chief&password="
                    + RealHttp.encode(ADMIN_PASSWORD));
            assertThat(set.statusCode()).isEqualTo(302);
            assertThat(Api.as(port, "chief", ADMIN_PASSWORD).get("/api/v1/users").status()).isEqualTo(200);

            assertThat(browser.get("/setup").statusCode()).as("used once").isEqualTo(404);
            browser.post("/setup", "token=" + token + "&username=second&password=" + RealHttp.encode(ADMIN_PASSWORD));
            assertThat(Api.as(port, "second", ADMIN_PASSWORD).get("/api/v1/users").status()).isEqualTo(401);
        }
    }

    private static Api staff(int port, Api admin, String username, String... roles) {
        Api.Response created = admin.post("/api/v1/users", Map.of("username", username, "displayName", "Cán bộ " + username,
                "email", username + "@so.vn", "roles", List.of(roles)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String temporary = created.text("temporaryPassword");
        assertThat(Api.as(port, username, temporary).put("/api/v1/me/password",
                Map.of("currentPassword", temporary, "newPassword", STAFF_PASSWORD)).status()).isEqualTo(204);
        return Api.as(port, username, STAFF_PASSWORD);
    }

    private static Api business(int port) {
        Api.Response registered = Api.anonymous(port).post("/api/v1/registrations", Map.of("username", "songla",
                "password", STAFF_PASSWORD, "email", "songla@example.vn", "taxCode", TaxCodes.fresh(),
                "organisationName", "Công ty Sông La", "organisationType", "ENTERPRISE", "address", "Hà Tĩnh"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return Api.as(port, "songla", STAFF_PASSWORD);
    }

    private static String schema() {
        return "first_start_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }
}

package vn.subsidyflow.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.RealHttp;
import vn.subsidyflow.web.support.Scenario;
import vn.subsidyflow.web.support.TaxCodes;

/** What each caller may see of the system and of a dossier: health details, drafts, the history's internal notes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class ExposureIntegrationTests {

    static final String PASSWORD = "s3cret-pass";

    @LocalServerPort
    int port;

    Scenario scenario;

    @BeforeEach
    void setUp() {
        scenario = Scenario.create(port, 100_000_000L, 0, 0);
    }

    @Test
    void shouldShowHealthComponentsOnlyToAdministratorsAndAuditors() {
        for (Api caller : new Api[] {scenario.anonymous(), scenario.as("applicant1"), scenario.as("intake"),
                scenario.as("finance")}) {
            Api.Response health = caller.get("/actuator/health");
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.text("status")).isEqualTo("UP");
            assertThat(health.body().has("components")).as(health.toString()).isFalse();
        }
        for (String staff : new String[] {"admin", "auditor"}) {
            Api.Response health = scenario.as(staff).get("/actuator/health");
            assertThat(health.body().path("components").has("db")).as(health.toString()).isTrue();
        }
    }

    @Test
    void shouldNeverListAnotherOrganisationsDraftsOnStaffPagesOrLists() {
        String username = register();
        Api applicant = Api.as(port, username, PASSWORD);
        String draftTitle = "Draft not yet filed " + scenario.tag;
        Api.Response draft = applicant.post("/api/v1/applications",
                Map.of("supportItemCode", scenario.iso, "title", draftTitle, "eligibleCostVnd", 10_000_000L));
        assertThat(draft.status()).isEqualTo(201);
        long filed = scenario.file(applicant, scenario.iso, 20_000_000L);
        scenario.completeOk(scenario.as("intake"), filed, "intake", Map.of("outcome", "ACCEPT"));
        // The appraisal page lists the business's earlier dossiers ("previous support").
        String appraisalTask = scenario.taskId(scenario.as("reviewer"), filed, "appraisal");

        var taskPage = RealHttp.signedIn(port, "reviewer", Scenario.PASSWORD).get("/inbox/tasks/" + appraisalTask);
        assertThat(taskPage.statusCode()).isEqualTo(200);
        assertThat(taskPage.body()).contains("HS-" + filed).doesNotContain("HS-" + draft.number("id") + "<")
                .doesNotContain("/cases/" + draft.number("id") + "\"");
        for (String staff : new String[] {"intake", "reviewer", "approver", "finance", "admin", "auditor"}) {
            Api.Response drafts = scenario.as(staff).get("/api/v1/applications?status=DRAFT&limit=200");
            assertThat(drafts.body().toString()).as(staff).doesNotContain(draftTitle);
            assertThat(drafts.header("X-Total-Count")).as(staff).isEqualTo("0");
        }
        assertThat(applicant.get("/api/v1/applications").body().toString()).contains(draftTitle);
    }

    @Test
    void shouldShowTheApplicantItsHistoryWithoutInternalNotesOrStaffUsernames() {
        String username = register();
        Api applicant = Api.as(port, username, PASSWORD);
        long id = scenario.file(applicant, scenario.iso, 40_000_000L);
        String appraisalNote = "Internal appraisal note " + scenario.tag;
        String decisionNote = "Internal decision note " + scenario.tag;
        String supplement = "Please add the signed contract " + scenario.tag;
        scenario.completeOk(scenario.as("intake"), id, "intake", Map.of("outcome", "REQUEST_SUPPLEMENT", "comment", supplement));
        scenario.completeOk(applicant, id, "supplement", Map.of("outcome", "SUBMIT"));
        scenario.completeOk(scenario.as("intake"), id, "intake", Map.of("outcome", "ACCEPT"));
        scenario.completeOk(scenario.as("reviewer"), id, "appraisal",
                Map.of("outcome", "RECOMMEND_APPROVAL", "amountVnd", 10_000_000L, "comment", appraisalNote));
        scenario.completeOk(scenario.as("approver"), id, "decision", Map.of("outcome", "RETURN", "comment", decisionNote));

        String seen = applicant.get("/api/v1/applications/" + id).body().path("history").toString();
        assertThat(seen).contains(supplement, "INTAKE:REQUEST_SUPPLEMENT", "APPRAISAL:RECOMMEND_APPROVAL",
                        "DECISION:RETURN", "\"actor\":\"INTAKE\"", "\"actor\":\"REVIEWER\"", "\"actor\":\"APPROVER\"",
                        "\"actor\":\"" + username + "\"")
                .doesNotContain(appraisalNote, decisionNote, "\"actor\":\"intake\"", "\"actor\":\"reviewer\"",
                        "\"actor\":\"approver\"");
        String page = RealHttp.signedIn(port, username, PASSWORD).get("/my/dossiers/" + id).body();
        assertThat(page).contains(supplement).doesNotContain(appraisalNote, decisionNote, ">reviewer<", ">approver<",
                ">intake<");

        String staffSees = scenario.as("auditor").get("/api/v1/applications/" + id).body().path("history").toString();
        assertThat(staffSees).contains(appraisalNote, decisionNote, "\"actor\":\"reviewer\"", "\"actor\":\"approver\"");
        assertThat(RealHttp.signedIn(port, "auditor", Scenario.PASSWORD).get("/cases/" + id).body())
                .contains(appraisalNote, ">reviewer<");
    }

    /** Signs up a new business; returns its user's name (password {@link #PASSWORD}). */
    private String register() {
        String username = "exp" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Api.Response registered = scenario.anonymous().post("/api/v1/registrations", Map.of("username", username,
                "password", PASSWORD, "email", username + "@example.vn", "taxCode", TaxCodes.fresh(),
                "organisationName", "Công ty " + username, "organisationType", "ENTERPRISE", "address", "Hà Tĩnh"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return username;
    }
}

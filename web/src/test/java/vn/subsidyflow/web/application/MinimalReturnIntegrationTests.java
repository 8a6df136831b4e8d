package vn.subsidyflow.web.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.Scenario;

/** {@code Prefer: return=minimal} answers a command with the dossier's number and state only; without it, the whole dossier. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class MinimalReturnIntegrationTests {

    private static final Map<String, String> MINIMAL = Map.of("Prefer", "return=minimal");

    @LocalServerPort
    int port;

    Scenario scenario;

    @BeforeEach
    void setUp() {
        scenario = Scenario.create(port, 200_000_000L, 100_000_000L, 100_000_000L);
    }

    @Test
    void shouldWalkAWholeLifecycleOnMinimalAnswers() {
        Api applicant = scenario.newApplicant();
        Api.Response created = applicant.post("/api/v1/applications",
                Map.of("supportItemCode", scenario.iso, "title", "Minimal", "eligibleCostVnd", 100_000_000L), MINIMAL);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertMinimal(created, "DRAFT");
        long id = created.number("id");
        assertThat(created.header("Location")).isEqualTo("/api/v1/applications/" + id);

        scenario.upload(applicant, id, "APPLICATION_FORM", "BUSINESS_REGISTRATION", "CONTRACT", "INVOICE", "CERTIFICATE");
        assertMinimal(applicant.post("/api/v1/applications/" + id + "/submit", null, MINIMAL), "SUBMITTED");

        assertMinimal(complete("intake", id, "intake", Map.of("outcome", "ACCEPT"), MINIMAL), "IN_APPRAISAL");
        assertMinimal(complete("reviewer", id, "appraisal",
                Map.of("outcome", "RECOMMEND_APPROVAL", "amountVnd", 40_000_000L), MINIMAL), "AWAITING_DECISION");
        assertMinimal(complete("approver", id, "decision",
                Map.of("outcome", "APPROVE", "decisionNumber", id + "/QĐ-SKHCN"), MINIMAL), "AWAITING_PAYMENT");
        assertMinimal(complete("finance", id, "payment", Map.of("outcome", "PAY", "paymentReference", "KB-" + id),
                Map.of("Prefer", "respond-async, RETURN=\"minimal\"; x=1", "Idempotency-Key", "min-" + id)), "PAID");

        Api.Response seen = applicant.get("/api/v1/applications/" + id);
        assertThat(seen.text("status")).isEqualTo("PAID");
        assertThat(seen.body().path("history").toString()).contains("SUBMITTED", "INTAKE:ACCEPT", "PAID");
    }

    @Test
    void shouldAnswerTheWholeDossierWithoutThePreference() {
        Api applicant = scenario.newApplicant();
        Api.Response created = applicant.post("/api/v1/applications",
                Map.of("supportItemCode", scenario.iso, "title", "Whole", "eligibleCostVnd", 100_000_000L),
                Map.of("Prefer", "return=representation"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Preference-Applied")).isNull();
        assertThat(created.body().has("history")).isTrue();
        long id = created.number("id");
        scenario.upload(applicant, id, "APPLICATION_FORM", "BUSINESS_REGISTRATION", "CONTRACT", "INVOICE", "CERTIFICATE");
        Api.Response submitted = applicant.post("/api/v1/applications/" + id + "/submit", null);
        assertThat(submitted.header("Preference-Applied")).isNull();
        assertThat(submitted.body().path("documents").size()).isEqualTo(5);
        Api.Response accepted = complete("intake", id, "intake", Map.of("outcome", "ACCEPT"), Map.of());
        assertThat(accepted.header("Preference-Applied")).isNull();
        assertThat(accepted.text("status")).isEqualTo("IN_APPRAISAL");
        assertThat(accepted.body().path("history").toString()).contains("INTAKE:ACCEPT");
    }

    @Test
    void shouldStillRefuseWhatTheDomainRefusesWhenMinimalIsPreferred() {
        Api applicant = scenario.newApplicant();
        long id = scenario.draft(applicant, scenario.iso, 100_000_000L);
        Api.Response refused = applicant.post("/api/v1/applications/" + id + "/submit", null, MINIMAL);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("MISSING_DOCUMENTS");
    }

    private Api.Response complete(String user, long id, String key, Map<String, Object> body, Map<String, String> headers) {
        Api staff = scenario.as(user);
        return staff.post("/api/v1/tasks/" + scenario.taskId(staff, id, key) + "/complete", body, headers);
    }

    private static void assertMinimal(Api.Response response, String status) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        assertThat(response.header("Preference-Applied")).isEqualTo("return=minimal");
        List<String> fields = new ArrayList<>();
        response.body().propertyNames().forEach(fields::add);
        assertThat(fields).containsExactly("id", "status");
        assertThat(response.text("status")).isEqualTo(status);
    }
}

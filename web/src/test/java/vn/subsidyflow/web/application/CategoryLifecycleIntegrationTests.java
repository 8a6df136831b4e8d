package vn.subsidyflow.web.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.Scenario;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class CategoryLifecycleIntegrationTests {

    @LocalServerPort
    int port;

    Scenario scenario;

    @BeforeEach
    void setUp() {
        scenario = Scenario.create(port, 100_000_000L, 30_000_000L, 40_000_000L);
    }

    @Test
    void shouldPayAConformityCertificationDossierStraightAfterApproval() {
        Api applicant = scenario.newApplicant();
        long id = scenario.file(applicant, scenario.tcvn, 25_999_999L);

        JsonNode approved = scenario.approve(id, 12_999_000L);
        assertThat(approved.path("maxSupportVnd").asLong()).isEqualTo(12_999_000L);
        assertThat(approved.path("status").asString()).isEqualTo("AWAITING_PAYMENT");
        assertThat(scenario.line(Category.CONFORMITY_CERTIFICATION).path("committedVnd").asLong()).isEqualTo(12_999_000L);

        scenario.completeOk(scenario.as("finance"), id, "payment", Map.of("outcome", "PAY", "paymentReference", "KB-CC-" + id));

        JsonNode line = scenario.line(Category.CONFORMITY_CERTIFICATION);
        assertThat(line.path("committedVnd").asLong()).isZero();
        assertThat(line.path("disbursedVnd").asLong()).isEqualTo(12_999_000L);
        assertThat(line.path("availableVnd").asLong()).isEqualTo(30_000_000L - 12_999_000L);
        assertThat(applicant.get("/api/v1/applications/" + id).text("status")).isEqualTo("PAID");
    }

    @Test
    void shouldPayAnIntellectualPropertyDossierOnlyAfterTheCertificateOfProtectionIsVerified() {
        Api applicant = scenario.newApplicant();
        long id = scenario.file(applicant, scenario.trademark, 18_500_000L);

        JsonNode approved = scenario.approve(id, 15_000_000L);
        assertThat(approved.path("status").asString()).isEqualTo("AWAITING_COMPLETION");
        assertThat(scenario.line(Category.INTELLECTUAL_PROPERTY).path("committedVnd").asLong()).isEqualTo(15_000_000L);
        assertThat(scenario.as("finance").get("/api/v1/tasks?applicationId=" + id).body().size()).isZero();

        Api.Response tooEarly = scenario.complete(applicant, id, "completionEvidence", Map.of("outcome", "SUBMIT"));
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.code()).isEqualTo("MISSING_DOCUMENTS");
        assertThat(tooEarly.body().path("missingDocuments").toString()).contains("IP_CERTIFICATE");

        scenario.upload(applicant, id, "IP_CERTIFICATE");
        scenario.completeOk(applicant, id, "completionEvidence", Map.of("outcome", "SUBMIT"));
        JsonNode sentBack = scenario.completeOk(scenario.as("reviewer"), id, "verifyCompletion",
                Map.of("outcome", "REQUEST_SUPPLEMENT", "comment", "The scan is illegible; upload a clear copy"));
        assertThat(sentBack.path("status").asString()).isEqualTo("AWAITING_COMPLETION");

        scenario.upload(applicant, id, "IP_CERTIFICATE");
        scenario.completeOk(applicant, id, "completionEvidence", Map.of("outcome", "SUBMIT"));
        JsonNode verified = scenario.completeOk(scenario.as("reviewer"), id, "verifyCompletion", Map.of("outcome", "ACCEPT"));
        assertThat(verified.path("status").asString()).isEqualTo("AWAITING_PAYMENT");

        JsonNode paid = scenario.completeOk(scenario.as("finance"), id, "payment",
                Map.of("outcome", "PAY", "paymentReference", "KB-IP-" + id));
        assertThat(paid.path("status").asString()).isEqualTo("PAID");
        JsonNode line = scenario.line(Category.INTELLECTUAL_PROPERTY);
        assertThat(line.path("disbursedVnd").asLong()).isEqualTo(15_000_000L);
        assertThat(line.path("committedVnd").asLong()).isZero();
        assertThat(line.path("availableVnd").asLong()).isEqualTo(25_000_000L);
    }

    @Test
    void shouldNeverPayTwiceWhenThePaymentIsCompletedAgain() {
        Api applicant = scenario.newApplicant();
        long id = scenario.file(applicant, scenario.iso, 60_000_000L);
        scenario.approve(id, 30_000_000L);
        Api finance = scenario.as("finance");
        String task = scenario.taskId(finance, id, "payment");

        Api.Response first = finance.post("/api/v1/tasks/" + task + "/complete", Map.of("outcome", "PAY", "paymentReference", "KB-1"));
        Api.Response second = finance.post("/api/v1/tasks/" + task + "/complete", Map.of("outcome", "PAY", "paymentReference", "KB-1"));

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(404);
        assertThat(second.code()).isEqualTo("TASK_NOT_FOUND");
        assertThat(scenario.line(Category.MANAGEMENT_SYSTEM).path("disbursedVnd").asLong()).isEqualTo(30_000_000L);
        assertThat(applicant.get("/api/v1/applications/" + id).number("paidAmountVnd")).isEqualTo(30_000_000L);
    }
}

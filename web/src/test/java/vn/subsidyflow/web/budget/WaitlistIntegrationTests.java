package vn.subsidyflow.web.budget;

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
class WaitlistIntegrationTests {

    @LocalServerPort
    int port;

    Scenario scenario;

    @BeforeEach
    void setUp() {
        scenario = Scenario.create(port, 50_000_000L, 0, 0);
    }

    @Test
    void shouldWaitlistWhenTheLineIsShortAndResumeInDecisionOrderWhenBudgetIsAdded() {
        long first = scenario.file(scenario.newApplicant(), scenario.iso, 80_000_000L);
        long second = scenario.file(scenario.newApplicant(), scenario.iso, 60_000_000L);
        long third = scenario.file(scenario.newApplicant(), scenario.iso, 20_000_000L);

        assertThat(scenario.approve(first, 40_000_000L).path("status").asString()).isEqualTo("AWAITING_PAYMENT");
        assertThat(scenario.approve(second, 30_000_000L).path("status").asString()).isEqualTo("WAITLISTED");
        assertThat(scenario.approve(third, 10_000_000L).path("status").asString()).isEqualTo("AWAITING_PAYMENT");
        JsonNode line = scenario.line(Category.MANAGEMENT_SYSTEM);
        assertThat(line.path("committedVnd").asLong()).isEqualTo(50_000_000L);
        assertThat(line.path("availableVnd").asLong()).isZero();

        Api finance = scenario.as("finance");
        Api.Response topUp = finance.post("/api/v1/budget/lines/" + scenario.lineId(Category.MANAGEMENT_SYSTEM) + "/top-ups",
                Map.of("amountVnd", 29_999_000L, "reason", "Not quite enough"));
        assertThat(topUp.status()).as(topUp.toString()).isEqualTo(200);
        assertThat(finance.get("/api/v1/applications/" + second).text("status")).isEqualTo("WAITLISTED");

        finance.post("/api/v1/budget/lines/" + scenario.lineId(Category.MANAGEMENT_SYSTEM) + "/top-ups",
                Map.of("amountVnd", 1_000L, "reason", "Supplementary estimate"));

        assertThat(finance.get("/api/v1/applications/" + second).text("status")).isEqualTo("AWAITING_PAYMENT");
        line = scenario.line(Category.MANAGEMENT_SYSTEM);
        assertThat(line.path("allocatedVnd").asLong()).isEqualTo(80_000_000L);
        assertThat(line.path("committedVnd").asLong()).isEqualTo(80_000_000L);
        assertThat(line.path("availableVnd").asLong()).isZero();
        assertThat(scenario.taskId(finance, second, "payment")).isNotBlank();
    }

    @Test
    void shouldGiveTheCommitmentBackWhenAnApprovedDossierIsWithdrawn() {
        Api applicant = scenario.newApplicant();
        long id = scenario.file(applicant, scenario.iso, 80_000_000L);
        scenario.approve(id, 40_000_000L);
        assertThat(scenario.line(Category.MANAGEMENT_SYSTEM).path("committedVnd").asLong()).isEqualTo(40_000_000L);

        Api.Response withdrawn = applicant.post("/api/v1/applications/" + id + "/withdraw", null);

        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.text("status")).isEqualTo("WITHDRAWN");
        JsonNode line = scenario.line(Category.MANAGEMENT_SYSTEM);
        assertThat(line.path("committedVnd").asLong()).isZero();
        assertThat(line.path("availableVnd").asLong()).isEqualTo(50_000_000L);
        assertThat(scenario.as("finance").get("/api/v1/tasks?applicationId=" + id).body().size()).isZero();
        assertThat(applicant.post("/api/v1/applications/" + id + "/withdraw", null).code()).isEqualTo("DOSSIER_NOT_IN_STATE");
    }

    @Test
    void shouldOnlyLetFinanceMoveMoneyAndRefuseBadAmounts() {
        long line = scenario.lineId(Category.MANAGEMENT_SYSTEM);
        Api.Response byApprover = scenario.as("approver").post("/api/v1/budget/lines/" + line + "/top-ups", Map.of("amountVnd", 1_000L));
        assertThat(byApprover.status()).isEqualTo(403);
        Api.Response negative = scenario.as("finance").post("/api/v1/budget/lines/" + line + "/top-ups", Map.of("amountVnd", -5L));
        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.code()).isEqualTo("INVALID_AMOUNT");
        Api.Response applicantView = scenario.newApplicant().get("/api/v1/budget");
        assertThat(applicantView.status()).isEqualTo(403);
        assertThat(scenario.line(Category.MANAGEMENT_SYSTEM).path("allocatedVnd").asLong()).isEqualTo(50_000_000L);
    }
}

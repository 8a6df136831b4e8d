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
class ApplicationLifecycleIntegrationTests {

    @LocalServerPort
    int port;

    Scenario scenario;

    @BeforeEach
    void setUp() {
        scenario = Scenario.create(port, 200_000_000L, 100_000_000L, 100_000_000L);
    }

    @Test
    void shouldPayAManagementSystemDossierAndMoveTheLedgerToTheDong() {
        Api applicant = scenario.newApplicant();
        long id = scenario.file(applicant, scenario.iso, 123_456_789L);

        JsonNode approved = scenario.approve(id, 50_000_000L);
        assertThat(approved.path("status").asString()).isEqualTo("AWAITING_PAYMENT");
        assertThat(approved.path("maxSupportVnd").asLong()).isEqualTo(50_000_000L);
        JsonNode committed = scenario.line(Category.MANAGEMENT_SYSTEM);
        assertThat(committed.path("committedVnd").asLong()).isEqualTo(50_000_000L);
        assertThat(committed.path("availableVnd").asLong()).isEqualTo(150_000_000L);

        JsonNode paid = scenario.completeOk(scenario.as("finance"), id, "payment",
                Map.of("outcome", "PAY", "paymentReference", "KB-" + id));
        assertThat(paid.path("status").asString()).isEqualTo("PAID");
        assertThat(paid.path("paidAmountVnd").asLong()).isEqualTo(50_000_000L);

        JsonNode line = scenario.line(Category.MANAGEMENT_SYSTEM);
        assertThat(line.path("allocatedVnd").asLong()).isEqualTo(200_000_000L);
        assertThat(line.path("committedVnd").asLong()).isZero();
        assertThat(line.path("disbursedVnd").asLong()).isEqualTo(50_000_000L);
        assertThat(line.path("availableVnd").asLong()).isEqualTo(150_000_000L);

        Api.Response seen = applicant.get("/api/v1/applications/" + id);
        assertThat(seen.body().path("history").toString()).contains("SUBMITTED", "INTAKE:ACCEPT", "BUDGET_COMMITTED", "PAID");
    }
}

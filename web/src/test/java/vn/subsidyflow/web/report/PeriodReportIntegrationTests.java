package vn.subsidyflow.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.Scenario;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class PeriodReportIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void shouldCountAPaidDossierInTheYearAndCategoryOfItsDecision() {
        Scenario scenario = Scenario.create(port, 200_000_000L, 0, 0);
        String period = "/api/v1/reports/period?from=" + LocalDate.now().minusDays(2) + "&to=" + LocalDate.now().plusDays(2);
        JsonNode before = row(scenario.as("auditor").get(period).body());
        Api applicant = scenario.newApplicant();
        long id = scenario.file(applicant, scenario.iso, 100_000_000L);
        scenario.approve(id, 40_000_000L);
        scenario.completeOk(scenario.as("finance"), id, "payment", Map.of("outcome", "PAY", "paymentReference", "KB-" + id));

        Api.Response report = scenario.as("auditor").get(period);

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        JsonNode after = row(report.body());
        assertThat(after.path("dossiers").asLong() - before.path("dossiers").asLong()).isEqualTo(1);
        assertThat(after.path("businesses").asLong() - before.path("businesses").asLong()).isEqualTo(1);
        assertThat(after.path("paidVnd").asLong() - before.path("paidVnd").asLong()).isEqualTo(40_000_000L);
    }

    @Test
    void shouldRefuseApplicantsAndInvalidPeriods() {
        Scenario scenario = Scenario.create(port, 0, 0, 0);
        assertThat(scenario.newApplicant().get("/api/v1/reports/period?from=2025-01-01&to=2025-12-31").status()).isEqualTo(403);
        assertThat(scenario.as("finance").get("/api/v1/reports/period?from=2025-12-31&to=2025-01-01").status()).isEqualTo(422);
    }

    private static JsonNode row(JsonNode report) {
        for (JsonNode row : report.path("rows")) {
            if (row.path("category").asString().equals("MANAGEMENT_SYSTEM") && row.path("fiscalYear").asInt() == Scenario.YEAR) {
                return row;
            }
        }
        return tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    }
}

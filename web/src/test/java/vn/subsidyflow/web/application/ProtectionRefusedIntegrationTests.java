package vn.subsidyflow.web.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.Scenario;

/**
 * The IP Office refused protection: the applicant submits the refusal as the evidence, the reviewer
 * records it, and the dossier ends NOT_GRANTED with its commitment back on the line, over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class ProtectionRefusedIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void shouldReleaseTheCommitmentToTheLineAndEndNotGrantedWhenProtectionIsRefused() {
        Scenario scenario = Scenario.create(port, 0, 0, 40_000_000L);
        Api applicant = scenario.newApplicant();
        long id = scenario.file(applicant, scenario.trademark, 15_000_000L);
        assertThat(scenario.approve(id, 15_000_000L).path("status").asString()).isEqualTo("AWAITING_COMPLETION");
        JsonNode committed = scenario.line(Category.INTELLECTUAL_PROPERTY);
        assertThat(committed.path("committedVnd").asLong()).isEqualTo(15_000_000L);
        assertThat(committed.path("availableVnd").asLong()).isEqualTo(25_000_000L);

        scenario.upload(applicant, id, "IP_CERTIFICATE");
        scenario.completeOk(applicant, id, "completionEvidence", Map.of("outcome", "SUBMIT"));
        Api.Response withoutReasons = scenario.complete(scenario.as("reviewer"), id, "verifyCompletion",
                Map.of("outcome", "NOT_GRANTED"));
        assertThat(withoutReasons.status()).as(withoutReasons.toString()).isEqualTo(422);
        assertThat(withoutReasons.code()).isEqualTo("MISSING_COMMENT");
        assertThat(scenario.line(Category.INTELLECTUAL_PROPERTY).path("committedVnd").asLong()).isEqualTo(15_000_000L);

        JsonNode closed = scenario.completeOk(scenario.as("reviewer"), id, "verifyCompletion",
                Map.of("outcome", "NOT_GRANTED", "comment", "Cục SHTT từ chối cấp văn bằng (QĐ 123/QĐ-SHTT)"));

        assertThat(closed.path("status").asString()).isEqualTo("NOT_GRANTED");
        assertThat(closed.path("closingReason").asString()).contains("123/QĐ-SHTT");
        assertThat(closed.path("tasks").size()).isZero();
        JsonNode line = scenario.line(Category.INTELLECTUAL_PROPERTY);
        assertThat(line.path("committedVnd").asLong()).isZero();
        assertThat(line.path("disbursedVnd").asLong()).isZero();
        assertThat(line.path("availableVnd").asLong()).isEqualTo(40_000_000L);
        List<String> entries = new ArrayList<>();
        for (JsonNode entry : scenario.as("finance").get("/api/v1/budget/ledger?application=" + id).body().path("entries")) {
            entries.add(entry.path("entryType").asString() + " " + entry.path("amountVnd").asLong());
        }
        assertThat(entries).containsExactlyInAnyOrder("COMMIT 15000000", "RELEASE 15000000");
        assertThat(scenario.as("reviewer").get("/api/v1/tasks?applicationId=" + id).body().size()).isZero();
        assertThat(scenario.as("finance").get("/api/v1/tasks?applicationId=" + id).body().size()).as("nothing to pay").isZero();

        JsonNode listed = scenario.as("approver").get("/api/v1/applications?status=NOT_GRANTED&supportItemCode=" + scenario.trademark).body();
        assertThat(listed.toString()).contains("\"id\":" + id);
    }
}

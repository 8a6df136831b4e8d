package vn.subsidyflow.web.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.Scenario;
import vn.subsidyflow.web.support.TaxCodes;

/** An intake officer files a paper dossier at the one-stop desk for a registered business, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class CounterFilingIntegrationTests {

    private static final String[] PAPERS = {"APPLICATION_FORM", "BUSINESS_REGISTRATION", "CONTRACT", "INVOICE", "CERTIFICATE"};

    @LocalServerPort
    int port;

    Scenario scenario;
    Api intake;

    @BeforeEach
    void setUp() {
        scenario = Scenario.create(port, 100_000_000L, 0, 0);
        intake = scenario.as("intake");
    }

    private Api.Response fileAtCounter(String taxCode, long cost) {
        return intake.post("/api/v1/applications/counter-filings", Map.of("taxCode", taxCode, "supportItemCode", scenario.iso,
                "title", "Hồ sơ nộp tại quầy", "eligibleCostVnd", cost));
    }

    private Api.Response scan(long id, String kind) {
        return intake.upload("/api/v1/applications/counter-filings/" + id + "/documents", kind, kind.toLowerCase() + ".pdf",
                "application/pdf", ("%PDF-1.4 scan " + kind).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theOfficerFilesScansAndSubmitsAndTheBusinessSeesItInItsPortal() {
        Api business = scenario.newApplicant();
        String taxCode = business.get("/api/v1/organisation").text("taxCode");

        Api.Response created = fileAtCounter(taxCode, 40_000_000L);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.text("status")).isEqualTo("DRAFT");
        assertThat(created.body().path("filedAtCounter").asBoolean()).isTrue();
        assertThat(created.number("maxSupportVnd")).isEqualTo(20_000_000L);
        long id = created.number("id");

        // The business's own dossier from the start: in its list, readable, marked as filed at the counter.
        Api.Response mine = business.get("/api/v1/applications/" + id);
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(mine.body().path("filedAtCounter").asBoolean()).isTrue();
        assertThat(business.get("/api/v1/applications").body().findValuesAsString("id")).contains(String.valueOf(id));
        // Another business, and staff other than intake, do not see the draft.
        assertThat(scenario.newApplicant().get("/api/v1/applications/" + id).status()).isEqualTo(404);
        assertThat(scenario.as("reviewer").get("/api/v1/applications/" + id).status()).isEqualTo(404);

        for (String kind : PAPERS) {
            Api.Response scanned = scan(id, kind);
            assertThat(scanned.status()).as(scanned.toString()).isEqualTo(201);
        }
        assertThat(intake.get("/api/v1/applications/" + id + "/documents").body().size()).isEqualTo(PAPERS.length);
        Api.Response submitted = intake.post("/api/v1/applications/counter-filings/" + id + "/submit", null);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.text("status")).isEqualTo("SUBMITTED");

        // Filed: the intake check is in the officers' queue, and the officer's part at the counter is over.
        assertThat(scenario.taskId(intake, id, "intake")).isNotBlank();
        Api.Response late = scan(id, "INVOICE");
        assertThat(late.status()).as(late.toString()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("DOSSIER_NOT_IN_STATE");
        JsonNode history = business.get("/api/v1/applications/" + id).body().path("history");
        assertThat(history.findValuesAsString("action")).contains("CREATED_AT_COUNTER", "SUBMITTED");
    }

    @Test
    void aBusinessNotRegisteredOrATaxCodeThatCannotBeOneIsNamed() {
        Api.Response unknown = fileAtCounter(TaxCodes.fresh(), 40_000_000L);
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("ORGANISATION_NOT_FOUND");
        Api.Response invalid = fileAtCounter("0100233489", 40_000_000L);
        assertThat(invalid.status()).as(invalid.toString()).isEqualTo(422);
        assertThat(invalid.code()).isEqualTo("INVALID_TAX_CODE");
        Api.Response noItem = intake.post("/api/v1/applications/counter-filings", Map.of("taxCode",
                scenario.newApplicant().get("/api/v1/organisation").text("taxCode"), "supportItemCode", "NO_SUCH_ITEM",
                "title", "x", "eligibleCostVnd", 1_000_000L));
        assertThat(noItem.status()).as(noItem.toString()).isEqualTo(422);
        assertThat(noItem.code()).isEqualTo("UNKNOWN_SUPPORT_ITEM");
    }

    @Test
    void theOfficerCannotTouchABusinesssOwnDraftNorCanOtherStaffFileAtTheCounter() {
        Api business = scenario.newApplicant();
        long own = scenario.draft(business, scenario.iso, 40_000_000L);
        Api.Response scanned = scan(own, "INVOICE");
        assertThat(scanned.status()).as(scanned.toString()).isEqualTo(404);
        assertThat(intake.post("/api/v1/applications/counter-filings/" + own + "/submit", null).status()).isEqualTo(404);
        assertThat(intake.get("/api/v1/applications/" + own).status()).isEqualTo(404);
        // The business's own paths stay the business's: the officer is refused there.
        assertThat(intake.post("/api/v1/applications/" + own + "/submit", null).status()).isEqualTo(403);

        String taxCode = business.get("/api/v1/organisation").text("taxCode");
        Api.Response byReviewer = scenario.as("reviewer").post("/api/v1/applications/counter-filings", Map.of("taxCode", taxCode,
                "supportItemCode", scenario.iso, "title", "x", "eligibleCostVnd", 1_000_000L));
        assertThat(byReviewer.status()).isEqualTo(403);
        assertThat(business.get("/api/v1/applications").body().size()).isEqualTo(1);
    }
}

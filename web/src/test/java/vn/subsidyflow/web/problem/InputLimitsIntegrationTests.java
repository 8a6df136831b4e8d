package vn.subsidyflow.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.Scenario;

/** Inputs that once answered 500, or 2xx with a silently changed value, each answered as a problem. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class InputLimitsIntegrationTests {

    @LocalServerPort
    int port;

    Scenario scenario;
    Api finance;
    long line;

    @BeforeEach
    void setUp() {
        scenario = Scenario.create(port, 100_000_000L, 50_000_000L, 0);
        finance = scenario.as("finance");
        line = scenario.lineId(Category.MANAGEMENT_SYSTEM);
    }

    @Test
    void shouldRefuseAmountsThatAreNotWholeDongInRange() {
        long before = scenario.line(Category.MANAGEMENT_SYSTEM).path("allocatedVnd").asLong();
        String topUp = "/api/v1/budget/lines/" + line + "/top-ups";
        for (String amount : List.of("1.5", "\"100\"", "true", "1e3", "99999999999999999999")) {
            Api.Response refused = finance.postRaw(topUp, "application/json",
                    "{\"amountVnd\": " + amount + ", \"reason\": \"r\", \"documentRef\": \"d\"}");
            assertThat(refused.status()).as(amount + ": " + refused).isEqualTo(400);
            assertThat(refused.code()).isEqualTo("MALFORMED_REQUEST");
        }
        Api.Response tooLarge = finance.post(topUp, Map.of("amountVnd", 1_000_000_000_000_000_001L, "reason", "r"));
        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(422);
        assertThat(tooLarge.code()).isEqualTo("INVALID_AMOUNT");
        assertThat(tooLarge.body().path("errors").get(0).path("field").asString()).isEqualTo("amountVnd");
        assertThat(scenario.line(Category.MANAGEMENT_SYSTEM).path("allocatedVnd").asLong()).isEqualTo(before);

        Api.Response hugeCost = scenario.newApplicant().post("/api/v1/applications", Map.of("supportItemCode", scenario.iso,
                "title", "x", "eligibleCostVnd", 1_000_000_000_000_000_000L));
        assertThat(hugeCost.status()).as(hugeCost.toString()).isEqualTo(422);
        assertThat(hugeCost.code()).isEqualTo("INVALID_AMOUNT");
    }

    @Test
    void shouldRefuseTextsLongerThanTheirColumns() {
        Api.Response reason = finance.post("/api/v1/budget/lines/" + line + "/top-ups",
                Map.of("amountVnd", 1_000L, "reason", "x".repeat(1001), "documentRef", "d"));
        assertThat(reason.status()).as(reason.toString()).isEqualTo(422);
        assertThat(reason.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(reason.body().path("field").asString()).isEqualTo("reason");
        assertThat(reason.body().path("errors").get(0).path("code").asString()).isEqualTo("INVALID_LENGTH");

        Api applicant = scenario.newApplicant();
        Api.Response bank = applicant.put("/api/v1/organisation/bank-account",
                Map.of("bankName", "BIDV", "accountNumber", "12345678", "accountName", "Công ty ".repeat(30)));
        assertThat(bank.status()).as(bank.toString()).isEqualTo(422);
        assertThat(bank.body().path("field").asString()).isEqualTo("accountName");

        Map<String, Object> registration = Map.of("username", "u" + System.nanoTime(), "password", "s3cret-pass-long",
                "email", "a@b.vn", "taxCode", "0100233487", "organisationName", "Công ty ".repeat(40),
                "organisationType", "ENTERPRISE", "address", "Hà Tĩnh");
        Api.Response name = scenario.anonymous().post("/api/v1/registrations", registration);
        assertThat(name.status()).as(name.toString()).isEqualTo(422);
        assertThat(name.body().path("field").asString()).isEqualTo("organisationName");
    }

    @Test
    void shouldRefuseOverlongDecisionNumbersAndAppraisalNotes() {
        long id = scenario.file(scenario.newApplicant(), scenario.iso, 40_000_000L);
        scenario.completeOk(scenario.as("intake"), id, "intake", Map.of("outcome", "ACCEPT"));
        Api.Response note = scenario.complete(scenario.as("reviewer"), id, "appraisal",
                Map.of("outcome", "RECOMMEND_APPROVAL", "amountVnd", 20_000_000L, "comment", "ghi chú ".repeat(300)));
        assertThat(note.status()).as(note.toString()).isEqualTo(422);
        assertThat(note.body().path("field").asString()).isEqualTo("comment");
        scenario.completeOk(scenario.as("reviewer"), id, "appraisal",
                Map.of("outcome", "RECOMMEND_APPROVAL", "amountVnd", 20_000_000L));
        Api.Response number = scenario.complete(scenario.as("approver"), id, "decision",
                Map.of("outcome", "APPROVE", "decisionNumber", "1".repeat(61)));
        assertThat(number.status()).as(number.toString()).isEqualTo(422);
        assertThat(number.body().path("field").asString()).isEqualTo("decisionNumber");
        Api.Response date = scenario.complete(scenario.as("approver"), id, "decision",
                Map.of("outcome", "APPROVE", "decisionNumber", "1/QĐ", "decisionDate", "9999-12-31"));
        assertThat(date.status()).as(date.toString()).isEqualTo(422);
        assertThat(date.code()).isEqualTo("INVALID_DECISION_DATE");
    }

    @Test
    void shouldRefuseNullElementsHugePagingAndFarDates() {
        Api.Response nullId = finance.post("/api/v1/budget/year-end-closings", Map.of("policyCode", scenario.tag,
                "fiscalYear", Scenario.YEAR, "releaseApplicationIds", Arrays.asList((Object) null), "reason", "r",
                "documentRef", "d"));
        assertThat(nullId.status()).as(nullId.toString()).isEqualTo(422);
        assertThat(nullId.code()).isEqualTo("VALIDATION_FAILED");

        Api.Response ledger = finance.get("/api/v1/budget/ledger?page=4294968&size=500");
        assertThat(ledger.status()).as(ledger.toString()).isEqualTo(422);
        assertThat(ledger.code()).isEqualTo("INVALID_PAGE");
        Api.Response tasks = scenario.as("reviewer").get("/api/v1/tasks?offset=2147483647");
        assertThat(tasks.status()).as(tasks.toString()).isEqualTo(422);
        assertThat(tasks.code()).isEqualTo("INVALID_PAGE");
        Api.Response notANumber = scenario.as("reviewer").get("/api/v1/tasks?offset=2147483648");
        assertThat(notANumber.status()).as(notANumber.toString()).isEqualTo(400);
        assertThat(notANumber.code()).isEqualTo("INVALID_PARAMETER");

        Api.Response period = scenario.as("auditor").get("/api/v1/reports/period?from=2025-01-01&to=+999999999-12-31");
        assertThat(period.status()).as(period.toString()).isIn(400, 422);
        Api.Response farPeriod = scenario.as("auditor").get("/api/v1/reports/period?from=9999-01-01&to=9999-12-31");
        assertThat(farPeriod.status()).as(farPeriod.toString()).isEqualTo(422);
        assertThat(farPeriod.code()).isEqualTo("INVALID_PERIOD");
    }

    @Test
    void shouldRefuseAnIdempotencyKeyLongerThanTheLedgerKeeps() {
        long before = scenario.line(Category.MANAGEMENT_SYSTEM).path("allocatedVnd").asLong();
        Api.Response refused = finance.post("/api/v1/budget/lines/" + line + "/top-ups",
                Map.of("amountVnd", 1_000L, "reason", "r", "documentRef", "d"), Map.of("Idempotency-Key", "k".repeat(200)));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("INVALID_IDEMPOTENCY_KEY");
        assertThat(refused.body().path("field").asString()).isEqualTo("Idempotency-Key");
        Api.Response accepted = finance.post("/api/v1/budget/lines/" + line + "/top-ups",
                Map.of("amountVnd", 1_000L, "reason", "r", "documentRef", "d"),
                Map.of("Idempotency-Key", longestKey()));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(scenario.line(Category.MANAGEMENT_SYSTEM).path("allocatedVnd").asLong()).isEqualTo(before + 1_000L);
    }

    /** A fresh key of the longest length accepted (the database outlives one test run). */
    private static String longestKey() {
        String unique = java.util.UUID.randomUUID().toString();
        return unique + "k".repeat(IdempotencyKey.MAX_LENGTH - unique.length());
    }

    @Test
    void shouldAnswerFailuresBeforeAnyControllerAsProblems() throws Exception {
        Api.Response unknown = finance.get("/api/v1/no-such-thing");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.raw().headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(unknown.code()).isEqualTo("NOT_FOUND");

        HttpClient http = HttpClient.newHttpClient();
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("finance:demo".getBytes());
        long before = scenario.line(Category.MANAGEMENT_SYSTEM).path("allocatedVnd").asLong();
        HttpResponse<String> xml = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/budget/lines/" + line + "/top-ups")).header("Authorization", basic)
                .header("Accept", "application/xml").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"amountVnd\":1000,\"reason\":\"r\",\"documentRef\":\"d\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(xml.statusCode()).as(xml.body()).isEqualTo(406);
        assertThat(xml.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(xml.body()).contains("\"code\":\"NOT_ACCEPTABLE\"");
        assertThat(scenario.line(Category.MANAGEMENT_SYSTEM).path("allocatedVnd").asLong()).isEqualTo(before);

        long id = scenario.draft(scenario.newApplicant(), scenario.iso, 40_000_000L);
        Api.Response large = scenario.newApplicant().upload("/api/v1/applications/" + id + "/documents", "INVOICE", "big.pdf",
                "application/pdf", new byte[11 * 1024 * 1024]);
        assertThat(large.status()).isEqualTo(413);
        assertThat(large.code()).isEqualTo("DOCUMENT_TOO_LARGE");

        HttpResponse<String> nul = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/x%00"))
                .header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(nul.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(nul.body()).contains("\"code\":\"MALFORMED_REQUEST\"");
    }
}

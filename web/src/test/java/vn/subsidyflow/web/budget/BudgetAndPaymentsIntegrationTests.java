package vn.subsidyflow.web.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import vn.subsidyflow.applicant.Accounts;
import vn.subsidyflow.budget.LedgerMonitor;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.Scenario;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class BudgetAndPaymentsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LedgerMonitor monitor;

    Scenario scenario;
    Api finance;

    @BeforeEach
    void setUp() {
        scenario = Scenario.create(port, 200_000_000L, 100_000_000L, 100_000_000L);
        finance = scenario.as("finance");
    }

    @Test
    void shouldTransferBetweenLinesOnceAndProveEveryBalanceFromTheLedger() {
        long ms = scenario.lineId(Category.MANAGEMENT_SYSTEM);
        long cc = scenario.lineId(Category.CONFORMITY_CERTIFICATION);
        String reason = "Điều chỉnh dự toán, theo \"QĐ 12\"";
        Map<String, Object> transfer = Map.of("fromLineId", ms, "toLineId", cc, "amountVnd", 30_000_000L,
                "reason", reason, "documentRef", "12/QĐ-SKHCN");
        String key = "transfer-" + scenario.tag;

        Api.Response first = finance.post("/api/v1/budget/transfers", transfer, Map.of("Idempotency-Key", key));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        Api.Response replay = finance.post("/api/v1/budget/transfers", transfer, Map.of("Idempotency-Key", key));
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        Map<String, Object> other = new java.util.HashMap<>(transfer);
        other.put("amountVnd", 31_000_000L);
        Api.Response reused = finance.post("/api/v1/budget/transfers", other, Map.of("Idempotency-Key", key));
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");

        assertThat(scenario.line(Category.MANAGEMENT_SYSTEM).path("allocatedVnd").asLong()).isEqualTo(170_000_000L);
        assertThat(scenario.line(Category.CONFORMITY_CERTIFICATION).path("allocatedVnd").asLong()).isEqualTo(130_000_000L);

        Api.Response tooMuch = finance.post("/api/v1/budget/transfers", Map.of("fromLineId", ms, "toLineId", cc,
                "amountVnd", 170_000_001L, "reason", "too much", "documentRef", "13/QĐ"));
        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.code()).isEqualTo("INSUFFICIENT_BUDGET");
        Api.Response noReason = finance.post("/api/v1/budget/transfers", Map.of("fromLineId", ms, "toLineId", cc,
                "amountVnd", 1_000L, "documentRef", "13/QĐ"));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.code()).isEqualTo("MISSING_REASON");
        Api.Response sameLine = finance.post("/api/v1/budget/transfers", Map.of("fromLineId", ms, "toLineId", ms,
                "amountVnd", 1_000L, "reason", "x", "documentRef", "13/QĐ"));
        assertThat(sameLine.code()).isEqualTo("SAME_LINE");
        assertThat(scenario.as("reviewer").post("/api/v1/budget/transfers", transfer).status()).isEqualTo(403);

        JsonNode page = finance.get("/api/v1/budget/ledger?line=" + cc + "&size=10").body();
        assertThat(page.path("total").asLong()).isEqualTo(2);
        assertThat(page.path("entries").get(0).path("entryType").asString()).isEqualTo("TRANSFER");
        assertThat(page.path("entries").get(0).path("reason").asString()).isEqualTo(reason);
        assertThat(finance.get("/api/v1/budget/ledger?line=" + cc + "&from=2000-01-01&to=2000-12-31").number("total")).isZero();
        assertThat(finance.get("/api/v1/budget/ledger?from=2020-02-01&to=2020-01-01").code()).isEqualTo("INVALID_DATE_RANGE");
        assertThat(finance.get("/api/v1/budget/ledger?size=100000").code()).isEqualTo("INVALID_PAGE");

        List<CSVRecord> csv = csv("/api/v1/budget/ledger.csv?line=" + ms);
        assertThat(csv).hasSize(2);
        assertThat(csv.get(1).get("entryType")).isEqualTo("TRANSFER");
        assertThat(csv.get(1).get("reason")).isEqualTo(reason);
        assertThat(csv.get(1).get("otherLineId")).isEqualTo(String.valueOf(cc));

        JsonNode reconciliation = finance.get("/api/v1/budget/reconciliation").body();
        assertThat(reconciliation.path("consistent").asBoolean()).as(reconciliation.toString()).isTrue();
        assertThat(reconciliation.path("lines").toString()).contains("\"lineId\":" + cc);
    }

    @Test
    void shouldPayADossierInTwoTranchesThroughBatchesThenEndItsProcess() {
        long id = Payables.awaitingPayment(scenario, accounts, 40_000_000L, true);

        Api.Response created = finance.post("/api/v1/payment-batches", Map.of("description", "UNC 01",
                "payments", List.of(Map.of("applicationId", id, "amountVnd", 15_000_000L))), Map.of("Idempotency-Key", "b1-" + id));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode first = Payables.completedBatch(finance, created.number("id"));
        JsonNode payment = first.path("payments").get(0);
        assertThat(payment.path("status").asString()).isEqualTo("ORDERED");
        assertThat(payment.path("tranche").asInt()).isEqualTo(1);
        assertThat(payment.path("bankAccountNumber").asString()).startsWith("00110");
        JsonNode dossier = finance.get("/api/v1/applications/" + id).body();
        assertThat(dossier.path("status").asString()).isEqualTo("AWAITING_PAYMENT");
        assertThat(dossier.path("paidAmountVnd").asLong()).isEqualTo(15_000_000L);
        assertThat(finance.get("/api/v1/tasks?applicationId=" + id + "&key=payment").body().size()).isEqualTo(1);

        Api.Response second = finance.post("/api/v1/payment-batches", Map.of("payments", List.of(Map.of("applicationId", id))));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(second.body().path("totalVnd").asLong()).isEqualTo(25_000_000L);
        Payables.completedBatch(finance, second.number("id"));
        dossier = finance.get("/api/v1/applications/" + id).body();
        assertThat(dossier.path("status").asString()).isEqualTo("PAID");
        assertThat(dossier.path("paidAmountVnd").asLong()).isEqualTo(40_000_000L);
        assertThat(finance.get("/api/v1/tasks?applicationId=" + id + "&key=payment").body().size()).isZero();

        Api.Response again = finance.post("/api/v1/payment-batches", Map.of("payments", List.of(Map.of("applicationId", id))));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("DOSSIER_NOT_IN_STATE");

        long paymentId = payment.path("id").asLong();
        Api.Response confirmed = finance.post("/api/v1/payments/" + paymentId + "/confirm", Map.of("treasuryReference", "KB-1"));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.text("status")).isEqualTo("CONFIRMED");
        assertThat(finance.post("/api/v1/payments/" + paymentId + "/confirm", Map.of("treasuryReference", "KB-1")).status())
                .isEqualTo(200);
        assertThat(finance.post("/api/v1/payments/" + paymentId + "/confirm", Map.of("treasuryReference", "KB-2")).code())
                .isEqualTo("PAYMENT_ALREADY_CONFIRMED");
        assertThat(finance.post("/api/v1/payments/" + paymentId + "/confirm", Map.of()).code())
                .isEqualTo("MISSING_PAYMENT_REFERENCE");

        JsonNode line = scenario.line(Category.MANAGEMENT_SYSTEM);
        assertThat(line.path("committedVnd").asLong()).isZero();
        assertThat(line.path("disbursedVnd").asLong()).isEqualTo(40_000_000L);
        JsonNode entries = finance.get("/api/v1/budget/ledger?application=" + id).body().path("entries");
        assertThat(entries.toString()).contains("COMMIT", "DISBURSE");
        assertThat(entries.size()).isEqualTo(3);

        Map<String, Object> clawback = Map.of("applicationId", id, "amountVnd", 5_000_000L,
                "reason", "Giấy chứng nhận bị thu hồi", "documentRef", "45/QĐ-SKHCN");
        Api.Response recovered = finance.post("/api/v1/budget/clawbacks", clawback, Map.of("Idempotency-Key", "cb-" + id));
        assertThat(recovered.status()).as(recovered.toString()).isEqualTo(201);
        assertThat(finance.post("/api/v1/budget/clawbacks", clawback, Map.of("Idempotency-Key", "cb-" + id)).body())
                .isEqualTo(recovered.body());
        assertThat(scenario.line(Category.MANAGEMENT_SYSTEM).path("disbursedVnd").asLong()).isEqualTo(35_000_000L);
        Api.Response tooMuch = finance.post("/api/v1/budget/clawbacks", Map.of("applicationId", id, "amountVnd", 35_000_001L,
                "reason", "x", "documentRef", "46/QĐ"));
        assertThat(tooMuch.code()).isEqualTo("CLAWBACK_EXCEEDS_PAID");
        assertThat(finance.get("/api/v1/budget/reconciliation").body().path("consistent").asBoolean()).isTrue();
    }

    @Test
    void shouldRefuseAWholeBatchWhenOneBeneficiaryHasNoBankAccount() {
        long payable = Payables.awaitingPayment(scenario, accounts, 10_000_000L, true);
        long noAccount = Payables.awaitingPayment(scenario, accounts, 10_000_000L, false);

        Api.Response refused = finance.post("/api/v1/payment-batches", Map.of("payments",
                List.of(Map.of("applicationId", payable), Map.of("applicationId", noAccount))));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("MISSING_BANK_ACCOUNT");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment WHERE application_id IN (?, ?)", Long.class,
                payable, noAccount)).isZero();
        assertThat(finance.post("/api/v1/payment-batches", Map.of("payments", List.of())).code()).isEqualTo("INVALID_BATCH");
        assertThat(finance.post("/api/v1/payment-batches", Map.of("payments",
                List.of(Map.of("applicationId", payable), Map.of("applicationId", payable)))).code())
                .isEqualTo("DUPLICATE_DOSSIER_IN_BATCH");
        assertThat(finance.post("/api/v1/payment-batches", Map.of("payments",
                List.of(Map.of("applicationId", payable, "amountVnd", 10_000_001L)))).code()).isEqualTo("OVERPAYMENT");
    }

    @Test
    void shouldPayOnceWhenFiftyIdenticalRequestsArriveTogether() throws Exception {
        long id = Payables.awaitingPayment(scenario, accounts, 20_000_000L, true);
        Map<String, Object> body = Map.of("payments", List.of(Map.of("applicationId", id)));
        String key = "dup-" + scenario.tag;

        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Future<Api.Response>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                Callable<Api.Response> call = () -> finance.post("/api/v1/payment-batches", body, Map.of("Idempotency-Key", key));
                replies.add(pool.submit(call));
            }
            Set<Long> batchIds = new HashSet<>();
            for (Future<Api.Response> reply : replies) {
                Api.Response response = reply.get();
                assertThat(response.status()).as(response.toString()).isEqualTo(201);
                batchIds.add(response.number("id"));
            }
            assertThat(batchIds).hasSize(1);
            Payables.completedBatch(finance, batchIds.iterator().next());
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment WHERE application_id = ?", Long.class, id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry WHERE application_id = ? AND entry_type = 'DISBURSE'",
                Long.class, id)).isEqualTo(1);
        assertThat(finance.get("/api/v1/applications/" + id).text("status")).isEqualTo("PAID");
    }

    @Test
    void shouldCarryUnpaidCommitmentsOverToNextYearOrReleaseThem() {
        Api.Response next = finance.post("/api/v1/budget/lines", Map.of("fiscalYear", Scenario.YEAR + 1, "category",
                "MANAGEMENT_SYSTEM", "allocatedVnd", 100_000_000L, "policyCode", scenario.tag, "reason", "Dự toán năm sau"));
        assertThat(next.status()).isEqualTo(201);
        long carried = Payables.awaitingPayment(scenario, accounts, 10_000_000L, true);
        long released = Payables.awaitingPayment(scenario, accounts, 20_000_000L, true);
        assertThat(scenario.line(Category.MANAGEMENT_SYSTEM).path("committedVnd").asLong()).isEqualTo(30_000_000L);

        Map<String, Object> closing = Map.of("policyCode", scenario.tag, "fiscalYear", Scenario.YEAR,
                "releaseApplicationIds", List.of(released), "reason", "Khoá sổ cuối năm", "documentRef", "QT-" + Scenario.YEAR);
        Api.Response closed = finance.post("/api/v1/budget/year-end-closings", closing);
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.number("carriedOver")).isEqualTo(1);
        assertThat(closed.number("released")).isEqualTo(1);

        assertThat(scenario.line(Category.MANAGEMENT_SYSTEM).path("committedVnd").asLong()).isZero();
        JsonNode nextLine = finance.get("/api/v1/budget?fiscalYear=" + (Scenario.YEAR + 1)).body();
        assertThat(nextLine.toString()).contains("\"id\":" + next.number("id") + ",");
        assertThat(finance.get("/api/v1/applications/" + released).text("status")).isEqualTo("LAPSED");
        assertThat(finance.get("/api/v1/tasks?applicationId=" + released).body().size()).isZero();

        Api.Response batch = finance.post("/api/v1/payment-batches", Map.of("payments", List.of(Map.of("applicationId", carried))));
        assertThat(batch.status()).as(batch.toString()).isEqualTo(201);
        Payables.completedBatch(finance, batch.number("id"));
        assertThat(finance.get("/api/v1/applications/" + carried).text("status")).isEqualTo("PAID");
        JsonNode entries = finance.get("/api/v1/budget/ledger?line=" + next.number("id")).body().path("entries");
        assertThat(entries.toString()).contains("\"DISBURSE\"", "\"COMMIT\"");
        assertThat(finance.get("/api/v1/budget/reconciliation").body().path("consistent").asBoolean()).isTrue();
        assertThat(finance.post("/api/v1/budget/year-end-closings", Map.of("fiscalYear", Scenario.YEAR,
                "releaseApplicationIds", List.of(released), "reason", "x", "documentRef", "y")).code())
                .isEqualTo("NOT_COMMITTED_IN_YEAR");
    }

    @Test
    void shouldRaiseTheAlarmWhenABalanceDisagreesWithItsEntries() {
        long line = scenario.lineId(Category.INTELLECTUAL_PROPERTY);
        Api admin = scenario.as("admin");
        try {
            // What no code path can do: change a balance without its entry.
            jdbc.update("UPDATE budget_line SET allocated_vnd = allocated_vnd + 1 WHERE id = ?", line);
            JsonNode reconciliation = finance.get("/api/v1/budget/reconciliation").body();
            assertThat(reconciliation.path("consistent").asBoolean()).isFalse();
            // A read records nothing: the health follows the recorded (scheduled) run, forced here.
            monitor.checkOnSchedule();
            Api.Response health = admin.get("/actuator/health");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.body().path("status").asString()).isEqualTo("OUT_OF_SERVICE");
            assertThat(health.body().path("components").path("ledger").path("details").path("mismatchedLines").toString())
                    .contains(String.valueOf(line));
        } finally {
            jdbc.update("UPDATE budget_line SET allocated_vnd = allocated_vnd - 1 WHERE id = ?", line);
        }
        assertThat(finance.get("/api/v1/budget/reconciliation").body().path("consistent").asBoolean()).isTrue();
        monitor.checkOnSchedule();
        assertThat(admin.get("/actuator/health").body().path("components").path("ledger").path("status").asString())
                .isEqualTo("UP");
    }

    private List<CSVRecord> csv(String path) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("finance:demo".getBytes(StandardCharsets.UTF_8)))
                    .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(response.body())).getRecords();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

package vn.subsidyflow.web.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.subsidyflow.applicant.Accounts;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.Concurrently;
import vn.subsidyflow.web.support.Scenario;

/** Every money request is applied, replayed or refused: never a 2xx with nothing moved, never a 500. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class MoneyRequestsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    Scenario scenario;

    @BeforeEach
    void setUp() {
        scenario = Scenario.create(port, 200_000_000L, 100_000_000L, 0);
    }

    @Test
    void shouldMoveMoneyForASecondUserWhoSendsTheSameIdempotencyKey() {
        long line = scenario.lineId(Category.MANAGEMENT_SYSTEM);
        Map<String, Object> topUp = Map.of("amountVnd", 5_000_000L, "reason", "Bổ sung dự toán", "documentRef", "5/QĐ");
        Map<String, String> key = Map.of("Idempotency-Key", "shared-" + scenario.tag);

        Api.Response byFinance = scenario.as("finance").post("/api/v1/budget/lines/" + line + "/top-ups", topUp, key);
        Api.Response byAdmin = scenario.as("admin").post("/api/v1/budget/lines/" + line + "/top-ups", topUp, key);

        assertThat(byFinance.status()).as(byFinance.toString()).isEqualTo(200);
        assertThat(byAdmin.status()).as(byAdmin.toString()).isEqualTo(200);
        assertThat(byAdmin.header("Idempotent-Replayed")).isNull();
        assertThat(byAdmin.number("allocatedVnd")).isEqualTo(210_000_000L);
        assertThat(scenario.line(Category.MANAGEMENT_SYSTEM).path("allocatedVnd").asLong()).isEqualTo(210_000_000L);

        Map<String, Object> transfer = Map.of("fromLineId", line, "toLineId", scenario.lineId(Category.CONFORMITY_CERTIFICATION),
                "amountVnd", 1_000_000L, "reason", "Điều chỉnh", "documentRef", "6/QĐ");
        Map<String, String> transferKey = Map.of("Idempotency-Key", "shared-transfer-" + scenario.tag);
        assertThat(scenario.as("finance").post("/api/v1/budget/transfers", transfer, transferKey).status()).isEqualTo(201);
        Api.Response secondTransfer = scenario.as("admin").post("/api/v1/budget/transfers", transfer, transferKey);
        assertThat(secondTransfer.status()).as(secondTransfer.toString()).isEqualTo(201);
        assertThat(scenario.line(Category.CONFORMITY_CERTIFICATION).path("allocatedVnd").asLong()).isEqualTo(102_000_000L);
        assertThat(scenario.as("finance").get("/api/v1/budget/reconciliation").body().path("consistent").asBoolean()).isTrue();
    }

    @Test
    void shouldApplyConcurrentDuplicatesOnceAndReplayTheRest() throws Exception {
        long line = scenario.lineId(Category.CONFORMITY_CERTIFICATION);
        Map<String, Object> topUp = Map.of("amountVnd", 7_000_000L, "reason", "Bổ sung", "documentRef", "7/QĐ");
        Map<String, String> key = Map.of("Idempotency-Key", "together-" + scenario.tag);
        Api finance = scenario.as("finance");

        List<Api.Response> responses = Concurrently.times(8, () -> finance.post("/api/v1/budget/lines/" + line + "/top-ups", topUp, key));

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
        assertThat(responses.stream().filter(r -> r.header("Idempotent-Replayed") == null).count()).isEqualTo(1);
        assertThat(responses.stream().map(Api.Response::body).distinct().count()).isEqualTo(1);
        assertThat(scenario.line(Category.CONFORMITY_CERTIFICATION).path("allocatedVnd").asLong()).isEqualTo(107_000_000L);
    }

    @Test
    void shouldOpenANewLineOnceWhenFirstAllocationsRace() throws Exception {
        for (int round = 0; round < 5; round++) {
            int year = 2090 + round;
            Map<String, Object> allocation = Map.of("fiscalYear", year, "category", "INTELLECTUAL_PROPERTY",
                    "allocatedVnd", 1_000_000L, "policyCode", scenario.tag, "reason", "Dự toán năm " + year);
            Api finance = scenario.as("finance");

            List<Api.Response> responses = Concurrently.times(4, () -> finance.post("/api/v1/budget/lines", allocation));

            assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
            assertThat(responses.stream().map(r -> r.number("id")).distinct().count()).as("one line").isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT allocated_vnd FROM budget_line WHERE id = ?", Long.class,
                    responses.get(0).number("id"))).isEqualTo(4_000_000L);
        }
    }

    @Test
    void shouldRefuseToPayFromTheTaskWithoutACompleteBankAccount() {
        long id = Payables.awaitingPayment(scenario, accounts, 10_000_000L, false);

        Api.Response refused = scenario.complete(scenario.as("finance"), id, "payment",
                Map.of("outcome", "PAY", "paymentReference", "KB-" + id));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("MISSING_BANK_ACCOUNT");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment WHERE application_id = ?", Long.class, id)).isZero();
        assertThat(scenario.as("finance").get("/api/v1/applications/" + id).text("status")).isEqualTo("AWAITING_PAYMENT");
    }

    @Test
    void shouldHonourTheIdempotencyKeyOnThePaymentTask() throws Exception {
        long id = Payables.awaitingPayment(scenario, accounts, 10_000_000L, true);
        Api finance = scenario.as("finance");
        String task = scenario.taskId(finance, id, "payment");
        Map<String, Object> pay = Map.of("outcome", "PAY", "paymentReference", "KB-" + id);
        Map<String, String> key = Map.of("Idempotency-Key", "pay-" + id);

        List<Api.Response> responses = Concurrently.times(4, () -> finance.post("/api/v1/tasks/" + task + "/complete", pay, key));

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
        assertThat(responses.stream().filter(r -> r.header("Idempotent-Replayed") == null).count()).isEqualTo(1);
        assertThat(responses.get(0).text("status")).isEqualTo("PAID");
        Api.Response other = finance.post("/api/v1/tasks/" + task + "/complete",
                Map.of("outcome", "PAY", "paymentReference", "KB-other"), key);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment WHERE application_id = ?", Long.class, id)).isEqualTo(1);
        assertThat(scenario.line(Category.MANAGEMENT_SYSTEM).path("disbursedVnd").asLong()).isEqualTo(10_000_000L);
    }
}

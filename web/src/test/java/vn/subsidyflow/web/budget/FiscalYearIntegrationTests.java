package vn.subsidyflow.web.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import vn.subsidyflow.applicant.Accounts;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.Scenario;

/** Decisions, commitments, clawbacks and the year-end closing, over fiscal years. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class FiscalYearIntegrationTests {

    private static final int YEAR = Scenario.YEAR;

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    Scenario scenario;
    Api finance;

    @BeforeEach
    void setUp() {
        scenario = Scenario.create(port, 10_000_000L, 100_000_000L, 0);
        finance = scenario.as("finance");
    }

    @Test
    void shouldRefuseADecisionDatedBeforeTheFilingOrInAYearWithoutALine() {
        long id = Payables.decisionPending(scenario, 5_000_000L, null);
        Api approver = scenario.as("approver");

        Api.Response in1999 = scenario.complete(approver, id, "decision",
                Map.of("outcome", "APPROVE", "decisionNumber", id + "/QĐ", "decisionDate", "1999-06-01"));
        assertThat(in1999.status()).as(in1999.toString()).isEqualTo(422);
        assertThat(in1999.code()).isEqualTo("INVALID_DECISION_DATE");
        Api.Response tomorrow = scenario.complete(approver, id, "decision", Map.of("outcome", "APPROVE",
                "decisionNumber", id + "/QĐ", "decisionDate", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1).toString()));
        assertThat(tomorrow.code()).isEqualTo("INVALID_DECISION_DATE");

        Api business = scenario.newApplicant();
        long trademark = scenario.file(business, scenario.trademark, 10_000_000L);
        scenario.completeOk(scenario.as("intake"), trademark, "intake", Map.of("outcome", "ACCEPT"));
        scenario.completeOk(scenario.as("reviewer"), trademark, "appraisal",
                Map.of("outcome", "RECOMMEND_APPROVAL", "amountVnd", 5_000_000L));
        Api.Response noLine = scenario.complete(approver, trademark, "decision",
                Map.of("outcome", "APPROVE", "decisionNumber", trademark + "/QĐ"));
        assertThat(noLine.status()).as(noLine.toString()).isEqualTo(422);
        assertThat(noLine.code()).isEqualTo("NO_BUDGET_LINE");

        assertThat(finance.get("/api/v1/applications/" + id).text("status")).isEqualTo("AWAITING_DECISION");
        assertThat(finance.get("/api/v1/applications/" + trademark).text("status")).isEqualTo("AWAITING_DECISION");
    }

    @Test
    void shouldTakeNoCommitmentOrTransferInAClosedYear() {
        long pending = Payables.decisionPending(scenario, 5_000_000L, null);
        Api.Response closed = close(List.of());
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);

        Api.Response transfer = finance.post("/api/v1/budget/transfers", Map.of("fromLineId",
                scenario.lineId(Category.CONFORMITY_CERTIFICATION), "toLineId", scenario.lineId(Category.MANAGEMENT_SYSTEM),
                "amountVnd", 1_000_000L, "reason", "Điều chỉnh", "documentRef", "9/QĐ"));
        assertThat(transfer.status()).as(transfer.toString()).isEqualTo(409);
        assertThat(transfer.code()).isEqualTo("FISCAL_YEAR_CLOSED");

        Api.Response approval = scenario.complete(scenario.as("approver"), pending, "decision",
                Map.of("outcome", "APPROVE", "decisionNumber", pending + "/QĐ"));
        assertThat(approval.status()).as(approval.toString()).isEqualTo(422);
        assertThat(approval.code()).isEqualTo("FISCAL_YEAR_CLOSED");
        assertThat(scenario.line(Category.MANAGEMENT_SYSTEM).path("committedVnd").asLong()).isZero();
        assertThat(scenario.line(Category.CONFORMITY_CERTIFICATION).path("allocatedVnd").asLong()).isEqualTo(100_000_000L);
    }

    @Test
    void shouldReturnAClawbackToTheLineThatPaidItAfterACarryOver() {
        long next = nextYearLine(100_000_000L);
        finance.post("/api/v1/budget/lines/" + scenario.lineId(Category.MANAGEMENT_SYSTEM) + "/top-ups",
                Map.of("amountVnd", 40_000_000L));
        long id = Payables.awaitingPayment(scenario, accounts, 40_000_000L, true);
        Api.Response batch = finance.post("/api/v1/payment-batches",
                Map.of("payments", List.of(Map.of("applicationId", id, "amountVnd", 15_000_000L))));
        assertThat(batch.status()).as(batch.toString()).isEqualTo(201);
        Payables.completedBatch(finance, batch.number("id"));
        Api.Response closed = close(List.of());
        assertThat(closed.number("carriedOver")).as(closed.toString()).isEqualTo(1);

        Api.Response clawback = finance.post("/api/v1/budget/clawbacks", Map.of("applicationId", id,
                "amountVnd", 10_000_000L, "reason", "Sai cam kết", "documentRef", "TH-1"));

        assertThat(clawback.status()).as(clawback.toString()).isEqualTo(201);
        assertThat(clawback.number("lineId")).isEqualTo(scenario.lineId(Category.MANAGEMENT_SYSTEM));
        assertThat(scenario.line(Category.MANAGEMENT_SYSTEM).path("disbursedVnd").asLong()).isEqualTo(5_000_000L);
        JsonNode nextLine = line(YEAR + 1, next);
        assertThat(nextLine.path("disbursedVnd").asLong()).isZero();
        assertThat(nextLine.path("committedVnd").asLong()).isEqualTo(25_000_000L);
        assertThat(finance.get("/api/v1/budget/reconciliation").body().path("consistent").asBoolean()).isTrue();
    }

    @Test
    void shouldCarryWaitlistedDossiersToNextYearOrReleaseThemAtTheClosing() {
        long next = nextYearLine(100_000_000L);
        long committed = Payables.approved(scenario, 8_000_000L, accounts);
        long carried = Payables.approved(scenario, 5_000_000L, accounts);
        long released = Payables.approved(scenario, 6_000_000L, accounts);
        assertThat(finance.get("/api/v1/applications/" + carried).text("status")).isEqualTo("WAITLISTED");
        assertThat(finance.get("/api/v1/applications/" + released).text("status")).isEqualTo("WAITLISTED");

        Api.Response closed = close(List.of(released));

        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.number("carriedOver")).isEqualTo(1);
        assertThat(closed.number("released")).isZero();
        assertThat(closed.number("waitlistCarriedOver")).isEqualTo(1);
        assertThat(closed.number("waitlistReleased")).isEqualTo(1);
        assertThat(closed.body().path("moves").toString()).contains("\"applicationId\":" + carried + ",\"action\":\"WAITLIST_CARRIED_OVER\"",
                "\"applicationId\":" + released + ",\"action\":\"WAITLIST_RELEASED\"",
                "\"applicationId\":" + committed + ",\"action\":\"CARRIED_OVER\"");
        assertThat(finance.get("/api/v1/applications/" + released).text("status")).isEqualTo("LAPSED");
        assertThat(finance.get("/api/v1/tasks?applicationId=" + released).body().size()).isZero();
        JsonNode carriedNow = finance.get("/api/v1/applications/" + carried).body();
        assertThat(carriedNow.path("status").asString()).as("next year's line covers it at once").isEqualTo("AWAITING_PAYMENT");
        assertThat(carriedNow.path("fiscalYear").asInt()).isEqualTo(YEAR + 1);
        assertThat(jdbc.queryForObject("SELECT budget_line_id FROM application WHERE id = ?", Long.class, carried)).isEqualTo(next);
        assertThat(line(YEAR + 1, next).path("committedVnd").asLong()).isEqualTo(13_000_000L);
        assertThat(finance.get("/api/v1/budget/reconciliation").body().path("consistent").asBoolean()).isTrue();
    }

    private Api.Response close(List<Long> release) {
        return finance.post("/api/v1/budget/year-end-closings", Map.of("policyCode", scenario.tag, "fiscalYear", YEAR,
                "releaseApplicationIds", release, "reason", "Khoá sổ cuối năm", "documentRef", "QT-" + YEAR));
    }

    private long nextYearLine(long amountVnd) {
        Api.Response next = finance.post("/api/v1/budget/lines", Map.of("fiscalYear", YEAR + 1, "category",
                "MANAGEMENT_SYSTEM", "allocatedVnd", amountVnd, "policyCode", scenario.tag, "reason", "Dự toán năm sau"));
        assertThat(next.status()).as(next.toString()).isEqualTo(201);
        return next.number("id");
    }

    private JsonNode line(int fiscalYear, long lineId) {
        for (JsonNode line : finance.get("/api/v1/budget?fiscalYear=" + fiscalYear).body().path("lines")) {
            if (line.path("id").asLong() == lineId) {
                return line;
            }
        }
        throw new AssertionError("No line " + lineId + " in " + fiscalYear);
    }
}

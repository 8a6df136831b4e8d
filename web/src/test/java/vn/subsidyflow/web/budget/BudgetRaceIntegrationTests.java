package vn.subsidyflow.web.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import vn.subsidyflow.SubsidyFlowApplication;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.disbursement.BatchItem;
import vn.subsidyflow.disbursement.PaymentBatches;
import vn.subsidyflow.report.PeriodReports;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.Scenario;

/**
 * Two application nodes on one database: this test's context and a second Spring application in
 * the same JVM, each with its own connection pool and process engine. 200 approvers' decisions
 * race for a line that covers only some of them; whatever the interleaving, nothing is overspent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class BudgetRaceIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(BudgetRaceIntegrationTests.class);
    private static final int DOSSIERS = 200;
    private static ConfigurableApplicationContext secondNode;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext node;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startSecondNode() {
        secondNode = new SpringApplicationBuilder(SubsidyFlowApplication.class).profiles("demo")
                .run("--server.port=0");
    }

    @AfterAll
    static void stopSecondNode() {
        if (secondNode != null) {
            secondNode.close();
        }
    }

    @ParameterizedTest(name = "round with seed {0}")
    @ValueSource(longs = {11, 23, 37})
    void shouldNeverCommitMoreThanTheLineHoldsWhateverTheInterleaving(long seed) throws Exception {
        Random random = new Random(seed);
        int secondPort = ((WebServerApplicationContext) secondNode).getWebServer().getPort();
        List<Long> amounts = new ArrayList<>();
        for (int i = 0; i < DOSSIERS; i++) {
            amounts.add(1_000_000L * (1 + random.nextInt(10)));
        }
        long sum = amounts.stream().mapToLong(Long::longValue).sum();
        long allocated = sum * (30 + random.nextInt(30)) / 100;
        Scenario scenario = Scenario.create(port, 0, allocated, 0);
        long line = scenario.lineId(Category.CONFORMITY_CERTIFICATION);

        long started = System.nanoTime();
        EngineApplications engine = new EngineApplications(node);
        List<Long> ids = prepare(engine, scenario, amounts);
        log.info("Round {}: {} dossiers prepared in {} ms", seed, ids.size(), (System.nanoTime() - started) / 1_000_000);

        List<String[]> decisions = new ArrayList<>();
        for (long id : ids) {
            decisions.add(new String[] {String.valueOf(id), engine.task(EngineApplications.APPROVER, id, "decision")});
        }
        Collections.shuffle(decisions, random);
        Api[] nodes = {Api.as(port, "approver", "demo"), Api.as(secondPort, "approver", "demo")};
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        // 16 approvers at a time: within both nodes' connection pools (20 each), so a 503 would mean a real fault.
        ExecutorService pool = Executors.newFixedThreadPool(16);
        started = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < decisions.size(); i++) {
                String[] decision = decisions.get(i);
                Api api = nodes[i % 2];
                done.add(pool.submit(() -> decide(api, decision, statuses)));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        log.info("Round {}: 200 decisions on two nodes in {} ms, first answers {}", seed,
                (System.nanoTime() - started) / 1_000_000, statuses);

        assertThat(statuses.keySet()).as("nothing but 200, or a retryable 409/503 (never a 500)")
                .allMatch(s -> s == 200 || s == 409 || s == 503);
        JsonNode balances = scenario.line(Category.CONFORMITY_CERTIFICATION);
        long committed = balances.path("committedVnd").asLong();
        assertThat(committed).isLessThanOrEqualTo(balances.path("allocatedVnd").asLong());
        long available = balances.path("availableVnd").asLong();
        long committedByDossiers = 0;
        int waitlisted = 0;
        for (int i = 0; i < ids.size(); i++) {
            Map<String, Object> row = jdbc.queryForMap("SELECT status, approved_amount_vnd, budget_line_id FROM application WHERE id = ?",
                    ids.get(i));
            String status = (String) row.get("status");
            assertThat(status).as("dossier " + ids.get(i)).isIn("AWAITING_PAYMENT", "WAITLISTED");
            if (status.equals("WAITLISTED")) {
                waitlisted++;
                assertThat(amounts.get(i)).as("a waitlisted dossier did not fit what is left").isGreaterThan(available);
            } else {
                assertThat(((Number) row.get("budget_line_id")).longValue()).isEqualTo(line);
                committedByDossiers += ((Number) row.get("approved_amount_vnd")).longValue();
            }
        }
        assertThat(committedByDossiers).isEqualTo(committed);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry WHERE line_id = ? AND entry_type = 'COMMIT'",
                Long.class, line)).isEqualTo(DOSSIERS - waitlisted);
        JsonNode reconciliation = scenario.as("finance").get("/api/v1/budget/reconciliation").body();
        assertThat(reconciliation.path("consistent").asBoolean()).as(reconciliation.toString()).isTrue();
        log.info("Round {}: allocated {} đ, committed {} đ to {} dossiers, {} waitlisted, {} đ left", seed,
                allocated, committed, DOSSIERS - waitlisted, waitlisted, available);

        // Pay the approved ones in one batch, so their payment tasks leave the shared finance inbox.
        List<BatchItem> payable = new ArrayList<>();
        for (long id : ids) {
            if ("AWAITING_PAYMENT".equals(jdbc.queryForObject("SELECT status FROM application WHERE id = ?", String.class, id))) {
                payable.add(new BatchItem(id, null));
            }
        }
        PaymentBatches batches = node.getBean(PaymentBatches.class);
        long batch = batches.create(EngineApplications.FINANCE, "race round " + seed, payable).id();
        Payables.await("the round's batch to be ordered", java.time.Duration.ofSeconds(120),
                () -> "COMPLETED".equals(batches.batch(batch).status()));
        assertThat(scenario.line(Category.CONFORMITY_CERTIFICATION).path("disbursedVnd").asLong()).isEqualTo(committed);
        // The period report's summary, changed by every one of those concurrent decisions and payments, still adds up.
        PeriodReports reports = node.getBean(PeriodReports.class);
        assertThat(reports.years(Scenario.YEAR, Scenario.YEAR).rows())
                .isEqualTo(reports.exact(LocalDate.of(Scenario.YEAR, 1, 1), LocalDate.of(Scenario.YEAR, 12, 31)).rows());
    }

    private static List<Long> prepare(EngineApplications engine, Scenario scenario, List<Long> amounts) throws Exception {
        var business = engine.newBusiness();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> futures = new ArrayList<>();
            for (long amount : amounts) {
                futures.add(pool.submit(() -> engine.decisionPending(business, scenario.tcvn, amount)));
            }
            List<Long> ids = new ArrayList<>();
            for (Future<Long> future : futures) {
                ids.add(future.get());
            }
            return ids;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A client that retries a 409 CONCURRENT_UPDATE or a 503, as the problem document tells it to. */
    private static Void decide(Api api, String[] decision, Map<Integer, AtomicInteger> statuses) {
        Map<String, Object> body = Map.of("outcome", "APPROVE", "decisionNumber", decision[0] + "/QĐ-SKHCN");
        for (int attempt = 1; ; attempt++) {
            Api.Response response = api.post("/api/v1/tasks/" + decision[1] + "/complete", body);
            if (attempt == 1) {
                statuses.computeIfAbsent(response.status(), s -> new AtomicInteger()).incrementAndGet();
            }
            if (response.status() == 200) {
                return null;
            }
            boolean retryable = response.status() == 409 && "CONCURRENT_UPDATE".equals(response.code())
                    || response.status() == 503 && "DATABASE_UNAVAILABLE".equals(response.code());
            if (!retryable || attempt == 10) {
                statuses.computeIfAbsent(response.status(), s -> new AtomicInteger()).incrementAndGet();
                throw new AssertionError("Decision on dossier " + decision[0] + ": " + response);
            }
        }
    }
}

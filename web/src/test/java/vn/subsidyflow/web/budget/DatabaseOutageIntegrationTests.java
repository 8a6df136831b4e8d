package vn.subsidyflow.web.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.DedicatedNode;
import vn.subsidyflow.web.support.Scenario;

/**
 * The database stops for 20 s while finance keeps topping up a line. During the outage every
 * request gets a clear 503 DATABASE_UNAVAILABLE; afterwards the node recovers by itself, and a
 * client that retries each request with its Idempotency-Key gets every top-up applied exactly once.
 * Runs on a MariaDB server of its own, not the one the other tests share.
 */
class DatabaseOutageIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageIntegrationTests.class);
    private static DedicatedNode node;

    @BeforeAll
    static void start() {
        node = DedicatedNode.start("mariadb-outage", "outage", "--subsidyflow.db.pool-size=10");
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void shouldAnswer503DuringAnOutageThenRecoverWithNothingLostOrDoubled() throws Exception {
        int port = node.port();
        Scenario scenario = Scenario.create(port, 100_000_000L, 0, 0);
        long line = scenario.lineId(Category.MANAGEMENT_SYSTEM);
        Api finance = scenario.as("finance");
        Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
        AtomicBoolean stopping = new AtomicBoolean();
        AtomicInteger applied = new AtomicInteger();
        AtomicLong firstSuccessAfterRestart = new AtomicLong();
        AtomicLong restartedAt = new AtomicLong();

        // A well-behaved client: one top-up after another, each retried with its own key until it succeeds.
        Thread client = new Thread(() -> {
            for (int i = 0; !stopping.get(); i++) {
                String key = "outage-" + scenario.tag + "-" + i;
                while (true) {
                    Api.Response response = finance.post("/api/v1/budget/lines/" + line + "/top-ups",
                            Map.of("amountVnd", 1_000_000L, "reason", "Bổ sung " + i), Map.of("Idempotency-Key", key));
                    answers.computeIfAbsent(response.status() + " " + response.code(), k -> new AtomicInteger()).incrementAndGet();
                    if (response.status() == 200) {
                        applied.incrementAndGet();
                        if (restartedAt.get() != 0) {
                            firstSuccessAfterRestart.compareAndSet(0, System.nanoTime());
                        }
                        break;
                    }
                    sleep(300);
                }
                sleep(200);
            }
        }, "outage-client");
        client.start();

        sleep(3_000);
        node.server().stop();
        long stoppedAt = System.nanoTime();
        sleep(2_000);
        Api.Response read = finance.get("/api/v1/budget");
        assertThat(read.status()).as(read.toString()).isEqualTo(503);
        assertThat(read.code()).isEqualTo("DATABASE_UNAVAILABLE");
        sleep(Math.max(0, 20_000 - (System.nanoTime() - stoppedAt) / 1_000_000));
        node.server().start();
        restartedAt.set(System.nanoTime());
        log.info("Database was down for {} ms", (restartedAt.get() - stoppedAt) / 1_000_000);
        Payables.await("a top-up to succeed after the restart", Duration.ofSeconds(60), () -> firstSuccessAfterRestart.get() != 0);
        sleep(2_000);
        stopping.set(true);
        client.join(60_000);
        log.info("Answers during the rehearsal: {}; recovered {} ms after the restart", answers,
                (firstSuccessAfterRestart.get() - restartedAt.get()) / 1_000_000);

        assertThat(answers.keySet()).as("only successes and clear 503s").allMatch(a -> a.equals("200 null")
                || a.equals("200 ") || a.equals("503 DATABASE_UNAVAILABLE"));
        assertThat(answers).containsKey("503 DATABASE_UNAVAILABLE");
        JdbcTemplate jdbc = node.bean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry WHERE line_id = ? AND idempotency_key LIKE ?",
                Long.class, line, "top-up:outage-" + scenario.tag + "-%")).isEqualTo(applied.get());
        assertThat(scenario.line(Category.MANAGEMENT_SYSTEM).path("allocatedVnd").asLong())
                .isEqualTo(100_000_000L + applied.get() * 1_000_000L);
        assertThat(finance.get("/api/v1/budget/reconciliation").body().path("consistent").asBoolean()).isTrue();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package vn.subsidyflow.web.budget;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.subsidyflow.SubsidyFlowApplication;
import vn.subsidyflow.budget.LedgerMonitor;
import vn.subsidyflow.disbursement.BatchItem;
import vn.subsidyflow.disbursement.PaymentBatch;
import vn.subsidyflow.disbursement.PaymentBatches;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.web.support.Scenario;

/**
 * A node dies (kill -9) in the middle of a payment batch. The batch is ordered by another JVM — the
 * real application started from the test classpath against the same database — which is killed
 * after a few chunks of payments, then started again: every payment ends ordered exactly once.
 */
class PaymentCrashIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(PaymentCrashIntegrationTests.class);
    private static final int PAYMENTS = 30;
    /** Payments per transaction on the node that is killed: small, so the batch takes several chunks. */
    private static final int CHUNK = 3;
    private static ConfigurableApplicationContext node;

    /** This JVM's node prepares the dossiers and creates the batch, but orders no payment itself. */
    @BeforeAll
    static void startNodeWithoutPaymentWorker() {
        node = new SpringApplicationBuilder(SubsidyFlowApplication.class).profiles("demo")
                .run("--server.port=0", "--subsidyflow.payments.worker-enabled=false");
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void shouldOrderEveryPaymentExactlyOnceWhenTheNodeOrderingThemIsKilledMidBatch() throws Exception {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
        Scenario scenario = Scenario.create(port, 0, 1_000_000_000L, 0);
        EngineApplications engine = new EngineApplications(node);
        Actor business = engine.newBusiness();
        List<BatchItem> items = new ArrayList<>();
        for (int i = 0; i < PAYMENTS; i++) {
            items.add(new BatchItem(engine.awaitingPayment(business, scenario.tcvn, 5_000_000L), null));
        }
        PaymentBatch batch = node.getBean(PaymentBatches.class).create(EngineApplications.FINANCE, "crash rehearsal", items);
        String url = ((HikariDataSource) node.getBean(DataSource.class)).getJdbcUrl();
        String ordered = "SELECT COUNT(*) FROM payment WHERE batch_id = " + batch.id() + " AND status = 'ORDERED'";

        // The first node pauses 1 s between chunks, so the kill lands mid-batch however busy the machine
        // (at 200 ms a fast node finished all 30 payments between two polls of a loaded CI run).
        Process first = startNode(url, "crash-node-1.log", 1000);
        try {
            Payables.await("the first node to order some payments", Duration.ofSeconds(300),
                    () -> jdbc.queryForObject(ordered, Long.class) >= 5);
        } finally {
            first.destroyForcibly();
            first.waitFor(30, TimeUnit.SECONDS);
        }
        long orderedAtCrash = jdbc.queryForObject(ordered, Long.class);
        log.info("Killed the node after {} of {} payments", orderedAtCrash, PAYMENTS);
        assertThat(orderedAtCrash).as("the node died in the middle of the batch").isLessThan(PAYMENTS);
        assertThat(orderedAtCrash % CHUNK).as("a chunk of payments commits whole or not at all").isZero();

        long restarted = System.nanoTime();
        Process second = startNode(url, "crash-node-2.log", 0);
        try {
            Payables.await("the restarted node to finish the batch", Duration.ofSeconds(300),
                    () -> jdbc.queryForObject(ordered, Long.class) == PAYMENTS);
            log.info("Restarted node finished the batch {} ms after its start", (System.nanoTime() - restarted) / 1_000_000);
        } finally {
            second.destroy();
            if (!second.waitFor(30, TimeUnit.SECONDS)) {
                second.destroyForcibly();
            }
        }

        for (BatchItem item : items) {
            long id = item.applicationId();
            assertThat(jdbc.queryForObject("SELECT status FROM application WHERE id = ?", String.class, id)).isEqualTo("PAID");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment WHERE application_id = ?", Long.class, id)).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry WHERE application_id = ? AND entry_type = 'DISBURSE'",
                    Long.class, id)).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM open_task WHERE application_id = ?", Long.class, id)).isZero();
        }
        assertThat(scenario.line(vn.subsidyflow.catalog.Category.CONFORMITY_CERTIFICATION).path("disbursedVnd").asLong())
                .isEqualTo(PAYMENTS * 5_000_000L);
        assertThat(node.getBean(LedgerMonitor.class).check().consistent()).isTrue();
    }

    private static Process startNode(String databaseUrl, String logName, int pauseMillis) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Duser.timezone=UTC",
                "-cp", System.getProperty("java.class.path"), SubsidyFlowApplication.class.getName(),
                "--spring.profiles.active=demo", "--server.port=0", "--subsidyflow.db.pool-size=5",
                "--subsidyflow.payments.chunk-size=" + CHUNK, "--subsidyflow.payments.pause-ms=" + pauseMillis,
                "--subsidyflow.payments.poll-ms=500",
                "--subsidyflow.reconciliation.initial-delay-ms=600000");
        builder.environment().put("SUBSIDYFLOW_DB_URL", databaseUrl);
        builder.redirectErrorStream(true);
        builder.redirectOutput(new File("target", logName));
        return builder.start();
    }
}

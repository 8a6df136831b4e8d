package vn.subsidyflow.web.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.subsidyflow.SubsidyFlowApplication;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.Scenario;

/**
 * The application, owning its embedded database, is killed without warning ({@code kill -9}, as the
 * OOM killer does) while finance tops up a line, then started again plainly on the same data
 * directory. Its old database server outlived it; the new start takes it over instead of hanging,
 * is up promptly, and every top-up that was answered 200 before the kill is there, with the
 * ledger reconciling. The application runs in JVMs of its own, started from the test classpath.
 */
class ApplicationKilledIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(ApplicationKilledIntegrationTests.class);

    @Test
    void shouldRestartPromptlyWithEveryAnsweredTopUpAfterAKillUnderLoad() throws Exception {
        Path shared = Path.of(System.getProperty("subsidyflow.embedded.dir", "target/mariadb"));
        Path directory = shared.resolveSibling("mariadb-killed").toAbsolutePath();
        int port = freePort();
        Path firstLog = Path.of("target", "killed-node-1.log");
        Process first = startNode(directory, port, firstLog);
        List<String> answered = new CopyOnWriteArrayList<>();
        AtomicBoolean stopping = new AtomicBoolean();
        Scenario scenario;
        long line;
        try {
            awaitUp(first, port, firstLog, Duration.ofMinutes(5));
            scenario = Scenario.create(port, 100_000_000L, 0, 0);
            line = scenario.lineId(Category.MANAGEMENT_SYSTEM);
            Api finance = scenario.as("finance");
            String prefix = "killed-" + scenario.tag + "-";
            Thread client = new Thread(() -> {
                for (int i = 0; !stopping.get(); i++) {
                    try {
                        Api.Response response = finance.post("/api/v1/budget/lines/" + line + "/top-ups",
                                Map.of("amountVnd", 1_000_000L, "reason", "Bổ sung " + i), Map.of("Idempotency-Key", prefix + i));
                        if (response.status() == 200) {
                            answered.add(prefix + i);
                        }
                    } catch (RuntimeException e) {
                        return; // The node is gone.
                    }
                }
            }, "killed-client");
            client.start();
            Payables.await("top-ups to be answered", Duration.ofSeconds(120), () -> answered.size() >= 30);
            first.destroyForcibly(); // SIGKILL: no shutdown hook runs, the database server is not stopped
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            stopping.set(true);
            client.join(60_000);
        } finally {
            first.destroyForcibly();
        }
        log.info("Killed the node after {} answered top-ups", answered.size());

        Path secondLog = Path.of("target", "killed-node-2.log");
        long started = System.nanoTime();
        Process second = startNode(directory, port, secondLog);
        try {
            awaitUp(second, port, secondLog, Duration.ofMinutes(3));
            long seconds = (System.nanoTime() - started) / 1_000_000_000;
            log.info("Restarted node up {} s after its start", seconds);
            System.out.println("Restart after kill -9: up in " + seconds + " s with " + answered.size() + " answered top-ups");
            String restartLog = Files.readString(secondLog);
            assertThat(restartLog).as("the old server outlived the killed node and was taken over")
                    .contains("left behind by a process that died");
            // Before, the restart never came up (no answer after 90 s): the orphan held InnoDB's files.
            assertThat(seconds).isLessThan(120);

            // Every answered top-up is there: its replay (same caller, key and body) moves no more money,
            // where a lost one would be applied now.
            Api finance = scenario.as("finance");
            long allocated = scenario.line(Category.MANAGEMENT_SYSTEM).path("allocatedVnd").asLong();
            assertThat(allocated).isGreaterThanOrEqualTo(100_000_000L + answered.size() * 1_000_000L);
            for (String key : answered) {
                int i = Integer.parseInt(key.substring(key.lastIndexOf('-') + 1));
                Api.Response replay = finance.post("/api/v1/budget/lines/" + line + "/top-ups",
                        Map.of("amountVnd", 1_000_000L, "reason", "Bổ sung " + i), Map.of("Idempotency-Key", key));
                assertThat(replay.status()).as("replay of %s: %s", key, replay).isEqualTo(200);
            }
            assertThat(scenario.line(Category.MANAGEMENT_SYSTEM).path("allocatedVnd").asLong())
                    .as("nothing answered before the kill was lost").isEqualTo(allocated);
            Api.Response reconciliation = scenario.as("finance").get("/api/v1/budget/reconciliation");
            assertThat(reconciliation.status()).isEqualTo(200);
            assertThat(reconciliation.body().path("consistent").asBoolean()).as(reconciliation.toString()).isTrue();
        } finally {
            second.destroy();
            if (!second.waitFor(60, TimeUnit.SECONDS)) {
                second.destroyForcibly();
            }
        }
    }

    private static Process startNode(Path directory, int port, Path logFile) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Duser.timezone=UTC",
                "-cp", System.getProperty("java.class.path"), SubsidyFlowApplication.class.getName(),
                "--spring.profiles.active=demo", "--server.port=" + port, "--subsidyflow.db.pool-size=5",
                "--subsidyflow.db.url=", "--subsidyflow.embedded.dir=" + directory,
                "--subsidyflow.reconciliation.initial-delay-ms=600000");
        builder.environment().remove("SUBSIDYFLOW_DB_URL");
        builder.redirectErrorStream(true);
        builder.redirectOutput(logFile.toFile());
        return builder.start();
    }

    /** Up = answers finance's budget (the demo users exist once the start is complete). */
    private static void awaitUp(Process node, int port, Path logFile, Duration timeout) {
        Api finance = Api.as(port, "finance", Scenario.PASSWORD);
        Payables.await("the node on port " + port + " to answer (log " + logFile + ")", timeout, () -> {
            assertThat(node.isAlive()).as("the node exited during start-up; see %s", logFile).isTrue();
            try {
                return finance.get("/api/v1/budget").status() == 200;
            } catch (RuntimeException notYet) {
                return false;
            }
        });
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

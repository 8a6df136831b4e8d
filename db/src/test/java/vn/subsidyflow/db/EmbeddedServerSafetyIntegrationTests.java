package vn.subsidyflow.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server keeps what it was told it committed and lets nobody else in: durable commits,
 * grant tables on with a generated password, no wiped data directory, a clear refusal when the
 * directory is in use, and a clean take-over after its owner was killed with {@code kill -9}.
 * Runs real servers, each in a directory of its own under {@code target/}.
 */
class EmbeddedServerSafetyIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServerSafetyIntegrationTests.class);
    private static final Path ROOT = Path.of("target", "safety");

    @Test
    void shouldCommitDurablyAndLetOnlyTheApplicationAccountIn() throws Exception {
        Path directory = ROOT.resolve("grants");
        try (MariaDbServer server = MariaDbServer.start(directory)) {
            String url = server.url("safety");
            try (Connection connection = DriverManager.getConnection(url)) {
                assertThat(single(connection, "SELECT @@innodb_flush_log_at_trx_commit")).isEqualTo("1");
                assertThat(single(connection, "SELECT @@bind_address")).isEqualTo("127.0.0.1");
                assertThat(single(connection, "SELECT CURRENT_USER()")).isEqualTo("subsidyflow@127.0.0.1");
                assertThat(single(connection, "SELECT COUNT(*) FROM mysql.global_priv WHERE User = ''")).as("anonymous accounts").isEqualTo("0");
                assertThat(single(connection, "SELECT COUNT(*) FROM mysql.global_priv WHERE User = 'root' AND Host <> 'localhost'"))
                        .as("root accounts reachable over TCP").isEqualTo("0");
            }
            String server0 = "jdbc:mysql://127.0.0.1:" + server.port() + "/?useSSL=false&allowPublicKeyRetrieval=true";
            assertRefused(server0, "root", "");
            assertRefused(server0, "root", server.credentials().password());
            assertRefused(server0, "", "");
            assertRefused(server0, "subsidyflow", "");
            assertRefused(server0, "subsidyflow", "wrong");

            Path passwordFile = directory.resolve("data").resolve(Credentials.PASSWORD_FILE);
            assertThat(Files.readString(passwordFile).trim()).isEqualTo(server.credentials().password()).hasSize(32);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    directory.resolve("data").resolve(Credentials.INIT_FILE)))).isEqualTo("rw-------");
        }
    }

    /** A data directory from before the account existed (no password file) still starts, and gets one. */
    @Test
    void shouldGiveAnExistingDataDirectoryWithoutPasswordFileAPassword() throws Exception {
        Path directory = ROOT.resolve("upgrade");
        String before;
        try (MariaDbServer server = MariaDbServer.start(directory)) {
            before = server.credentials().password();
            try (Connection connection = DriverManager.getConnection(server.url("safety")); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS kept (id INT PRIMARY KEY)");
                statement.execute("INSERT IGNORE INTO kept VALUES (42)");
            }
        }
        Files.delete(directory.resolve("data").resolve(Credentials.PASSWORD_FILE));
        Files.delete(directory.resolve("data").resolve(Credentials.INIT_FILE));
        try (MariaDbServer server = MariaDbServer.start(directory)) {
            assertThat(server.credentials().password()).isNotEqualTo(before);
            try (Connection connection = DriverManager.getConnection(server.url("safety"))) {
                assertThat(single(connection, "SELECT COUNT(*) FROM kept WHERE id = 42")).isEqualTo("1");
            }
            assertRefused("jdbc:mysql://127.0.0.1:" + server.port() + "/?useSSL=false&allowPublicKeyRetrieval=true", "subsidyflow", before);
        }
    }

    @Test
    void shouldRefuseADataDirectoryUnderTheTemporaryDirectoryAndKeepWhatItHolds() throws Exception {
        Path directory = Path.of(System.getProperty("java.io.tmpdir"), "subsidyflow-safety-" + ProcessHandle.current().pid());
        Path precious = directory.resolve("data").resolve("precious.txt");
        Files.createDirectories(precious.getParent());
        Files.writeString(precious, "ledger");
        try {
            assertThatThrownBy(() -> MariaDbServer.start(directory))
                    .hasMessageContaining("temporary directory").hasMessageContaining("subsidyflow.embedded.dir");
            assertThat(Files.readString(precious)).isEqualTo("ledger");
        } finally {
            Files.delete(precious);
            Files.delete(precious.getParent());
            Files.deleteIfExists(directory.resolve(ServerLock.FILE_NAME));
            Files.delete(directory);
        }
    }

    /** Before, the second server waited forever on InnoDB's file lock, ignoring SIGTERM. */
    @Test
    void shouldRefuseASecondStartOnADirectoryInUseWithinSeconds() throws Exception {
        Path directory = ROOT.resolve("in-use");
        try (MariaDbServer server = MariaDbServer.start(directory)) {
            assertThatThrownBy(() -> MariaDbServer.start(directory)).hasMessageContaining("is in use by another server of this process");
            // The application's early start refuses at once, on the caller's thread, before any context is built.
            assertThatThrownBy(() -> EmbeddedMariaDb.startInBackground(directory)).hasMessageContaining("is in use by another server");

            long started = System.nanoTime();
            Process second = holder(directory);
            List<String> output = new ArrayList<>();
            Thread reader = drain(second, output, new AtomicLong());
            try {
                assertThat(second.waitFor(60, TimeUnit.SECONDS)).as("the second start gave up; output: %s", output).isTrue();
            } finally {
                second.destroyForcibly();
            }
            reader.join(5_000);
            long millis = (System.nanoTime() - started) / 1_000_000;
            log.info("The second start on a directory in use exited with {} after {} ms", second.exitValue(), millis);
            assertThat(second.exitValue()).isNotZero();
            assertThat(String.join("\n", output)).contains("is in use by another process (pid " + ProcessHandle.current().pid() + ")");
            assertThat(output).doesNotContain("READY");
            // The JVM start itself takes a few seconds on a loaded machine; the refusal adds next to nothing.
            assertThat(millis).isLessThan(30_000);
            try (Connection connection = DriverManager.getConnection(server.url("safety"))) {
                assertThat(single(connection, "SELECT 1")).isEqualTo("1");
            }
        }
    }

    /**
     * The owner of the server is killed without warning while committing; its server lives on. The
     * next start takes the orphan over (stops it) and is up within seconds with every commit present.
     */
    @Test
    void shouldStartPromptlyWithEveryCommitAfterItsOwnerWasKilled() throws Exception {
        Path directory = ROOT.resolve("killed");
        Process owner = holder(directory);
        List<String> output = new ArrayList<>();
        AtomicLong committed = new AtomicLong();
        Thread reader = drain(owner, output, committed);
        try {
            awaitCommits(owner, committed);
        } finally {
            owner.destroyForcibly();
        }
        assertThat(committed.get()).as("commits before the kill; output: %s", output).isGreaterThanOrEqualTo(300);
        assertThat(owner.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(5_000);
        long acknowledged = committed.get();
        assertThat(serversOn(directory)).as("the killed JVM's server outlived it").isNotEmpty();

        long started = System.nanoTime();
        try (MariaDbServer server = MariaDbServer.start(directory)) {
            long millis = (System.nanoTime() - started) / 1_000_000;
            log.info("Restarted on the killed owner's directory in {} ms; {} commits acknowledged before the kill", millis, acknowledged);
            assertThat(millis).isLessThan(60_000);
            try (Connection connection = DriverManager.getConnection(server.url("safety"))) {
                assertThat(Long.parseLong(single(connection, "SELECT COUNT(*) FROM committed_row WHERE n <= " + acknowledged)))
                        .isEqualTo(acknowledged);
            }
            assertThat(serversOn(directory)).as("only the new server runs on the directory").hasSize(1);
        }
        assertThat(serversOn(directory)).isEmpty();
    }

    private static void awaitCommits(Process owner, AtomicLong committed) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (committed.get() < 300 && owner.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private static Process holder(Path directory) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx128m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), ServerHolder.class.getName(), directory.toString());
        builder.redirectErrorStream(true);
        return builder.start();
    }

    private static Thread drain(Process process, List<String> output, AtomicLong committed) {
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("COMMITTED ")) {
                        committed.set(Long.parseLong(line.substring("COMMITTED ".length())));
                    } else {
                        synchronized (output) {
                            output.add(line);
                        }
                    }
                }
            } catch (IOException ignored) {
                // The process was killed.
            }
        }, "holder-output");
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    private static List<ProcessHandle> serversOn(Path directory) throws IOException {
        String wanted = "--datadir=" + directory.resolve("data").toFile().getCanonicalPath();
        return ProcessHandle.allProcesses().filter(p -> {
            try {
                return new String(Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), "cmdline")), StandardCharsets.UTF_8)
                        .contains(wanted + "\0");
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }).toList();
    }

    private static void assertRefused(String url, String user, String password) {
        assertThatThrownBy(() -> DriverManager.getConnection(url, user, password).close())
                .as("signing in as '%s' with '%s'", user, password).isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}

package vn.subsidyflow.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The documented restore command ({@link RestoreBackup}, run with the application stopped) puts a
 * dump taken with the server's own tool back into the embedded server, replacing what is there.
 */
class RestoreBackupIntegrationTests {

    @Test
    void shouldReplaceTheSchemaWithTheBackupThroughTheCommand() throws Exception {
        Path directory = Path.of("target", "safety", "restore");
        Path backup = directory.resolve("backups").resolve("restore-rehearsal.sql");
        Files.createDirectories(backup.getParent());
        Files.deleteIfExists(backup);
        try (MariaDbServer server = MariaDbServer.start(directory)) {
            String url = server.url("subsidyflow");
            execute(url, "DROP TABLE IF EXISTS kept", "CREATE TABLE kept (id INT PRIMARY KEY, note VARCHAR(40))",
                    "INSERT INTO kept VALUES (1, 'Hồ sơ một'), (2, 'Hồ sơ hai')");
            ServerTools.dump(ServerTools.install(directory.resolve("backups").resolve(".tools")), ServerTools.Target.of(url, null, null), backup);
            execute(url, "DELETE FROM kept WHERE id = 2", "CREATE TABLE later (id INT PRIMARY KEY)");
        }

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process restore = new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                RestoreBackup.class.getName(), directory.toString(), backup.toString(), "--replace")
                .redirectErrorStream(true).start();
        String output = new String(restore.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(restore.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(restore.exitValue()).as(output).isZero();
        assertThat(output).contains("Restored " + backup);

        try (MariaDbServer server = MariaDbServer.start(directory);
             Connection connection = DriverManager.getConnection(server.url("subsidyflow"));
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT GROUP_CONCAT(note ORDER BY id) FROM kept")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("Hồ sơ một,Hồ sơ hai");
            }
            try (ResultSet rs = statement.executeQuery(
                    "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'subsidyflow' AND table_name = 'later'")) {
                rs.next();
                assertThat(rs.getInt(1)).as("the schema was replaced, not merged").isZero();
            }
        }
    }

    private static void execute(String url, String... statements) throws Exception {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}

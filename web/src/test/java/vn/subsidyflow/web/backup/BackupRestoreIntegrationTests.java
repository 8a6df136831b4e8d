package vn.subsidyflow.web.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.db.ServerTools;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.DedicatedNode;
import vn.subsidyflow.web.support.Scenario;

/**
 * An administrator backs the database up through the API; the schema is then dropped and the backup
 * restored with the server's own client: the same dossiers, ledger and budget lines are back, and
 * the ledger reconciles. Runs on a MariaDB server of its own.
 */
class BackupRestoreIntegrationTests {

    private static final String SCHEMA = "backup_rehearsal";
    private static final List<String> TABLES = List.of("application", "application_document", "ledger_entry", "budget_line",
            "payment", "audit_event");
    private static DedicatedNode node;
    private static Path backups;

    @BeforeAll
    static void start() {
        backups = DedicatedNode.sharedDirectory().resolveSibling("backups-rehearsal").toAbsolutePath();
        node = DedicatedNode.start("mariadb-backup", SCHEMA, "--subsidyflow.db.pool-size=5",
                "--subsidyflow.backup.dir=" + backups);
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void shouldRestoreTheSameDossiersLedgerAndLinesFromABackup() throws Exception {
        int port = node.port();
        Scenario scenario = Scenario.create(port, 500_000_000L, 0, 0);
        long approved = scenario.file(scenario.newApplicant(), scenario.iso, 40_000_000L);
        scenario.approve(approved, 20_000_000L);
        long submitted = scenario.file(scenario.newApplicant(), scenario.iso, 30_000_000L);
        Api finance = scenario.as("finance");
        Api.Response topUp = finance.post("/api/v1/budget/lines/" + scenario.lineId(Category.MANAGEMENT_SYSTEM) + "/top-ups",
                Map.of("amountVnd", 7_000_000L, "reason", "Bổ sung trước sao lưu"), Map.of("Idempotency-Key", "backup-" + scenario.tag));
        assertThat(topUp.status()).as(topUp.toString()).isEqualTo(200);
        Api admin = scenario.as("admin");
        String approvedBefore = admin.get("/api/v1/applications/" + approved).text("status");
        JdbcTemplate jdbc = node.bean(JdbcTemplate.class);
        Map<String, Object> before = fingerprint(jdbc);
        assertThat((Long) before.get("ledger_entry rows")).isPositive();

        assertThat(finance.post("/api/v1/admin/backups", null).status()).as("finance may not take backups").isEqualTo(403);
        Api.Response backup = admin.post("/api/v1/admin/backups", null);
        assertThat(backup.status()).as(backup.toString()).isEqualTo(201);
        Path file = backups.resolve(backup.text("file"));
        assertThat(file).isRegularFile();
        assertThat(Files.size(file)).isEqualTo(backup.number("bytes"));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(backup.text("sha256")).hasSize(64);
        assertThat(Files.readString(file)).contains("CREATE TABLE `ledger_entry`").contains("TRIGGER ledger_entry_no_update");

        // The loss: the whole schema goes.
        jdbc.execute("DROP DATABASE " + SCHEMA);
        HikariDataSource pool = (HikariDataSource) node.bean(DataSource.class);
        ServerTools.restore(ServerTools.install(backups.resolve(".tools")), ServerTools.Target.of(pool.getJdbcUrl(), null, null), file);
        // Connections opened before the drop still think of the old schema; take fresh ones.
        pool.getHikariPoolMXBean().softEvictConnections();

        assertThat(fingerprint(jdbc)).isEqualTo(before);
        assertThat(admin.get("/api/v1/applications/" + approved).text("status")).isEqualTo(approvedBefore)
                .isIn("APPROVED", "AWAITING_PAYMENT");
        assertThat(admin.get("/api/v1/applications/" + submitted).text("status")).isEqualTo("SUBMITTED");
        Api.Response reconciliation = finance.get("/api/v1/budget/reconciliation");
        assertThat(reconciliation.status()).isEqualTo(200);
        assertThat(reconciliation.body().path("consistent").asBoolean()).as(reconciliation.toString()).isTrue();
        // A restore never mixes with data already there.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ServerTools.restore(backups.resolve(".tools"),
                ServerTools.Target.of(pool.getJdbcUrl(), null, null), file)).hasMessageContaining("Refusing to restore");
    }

    /** Row counts and content checksums of the tables that hold the money and the dossiers. */
    private static Map<String, Object> fingerprint(JdbcTemplate jdbc) {
        Map<String, Object> fingerprint = new LinkedHashMap<>();
        for (String table : TABLES) {
            fingerprint.put(table + " rows", jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
            fingerprint.put(table + " checksum", jdbc.queryForMap("CHECKSUM TABLE " + table).get("Checksum"));
        }
        fingerprint.put("ACT_RU_EXECUTION rows", jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_EXECUTION", Long.class));
        return fingerprint;
    }
}

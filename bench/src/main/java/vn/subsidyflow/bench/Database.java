package vn.subsidyflow.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The database server the application uses: the embedded one it started (its port read from the
 * log) or the one named by SUBSIDYFLOW_DB_URL. Gives pools on the application's schema and on a
 * separate schema for the bare-Flowable peer, and the server's statement counters.
 */
final class Database implements AutoCloseable {

    /** The driver settings the application uses (DatabaseConfiguration.driverSettings), so the peer gets them too. */
    private static final String OPTIONS = "?nullCatalogMeansCurrent=true&useUnicode=true&characterEncoding=UTF-8"
            + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true"
            + "&allowPublicKeyRetrieval=true&useSSL=false"
            + "&useLocalSessionState=true&cachePrepStmts=true&prepStmtCacheSize=500&prepStmtCacheSqlLimit=4096"
            + "&cacheServerConfiguration=true&cacheResultSetMetadata=true&maintainTimeStats=false";

    /** Statements that do work, as MariaDB counts them (SHOW GLOBAL STATUS), summed. */
    static final List<String> STATEMENT_COUNTERS = List.of("Com_select", "Com_insert", "Com_insert_select", "Com_update",
            "Com_update_multi", "Com_delete", "Com_delete_multi");

    final String serverUrl;
    final String user;
    final String password;
    final HikariDataSource app;

    private Database(String serverUrl, String schema, String user, String password) {
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
        this.schema = schema;
        this.app = pool(schema, 8);
    }

    final String schema;

    /** The application's embedded server, signed in to with the account generated for its data directory. */
    static Database embedded(int port, String schema, Path embeddedDir) throws IOException {
        String password = Files.readString(embeddedDir.resolve("data").resolve(".subsidyflow-password")).trim();
        return new Database("jdbc:mysql://127.0.0.1:" + port + "/", schema, "subsidyflow", password);
    }

    /** The server named by SUBSIDYFLOW_DB_URL (jdbc:mysql://host:port/schema?…). */
    static Database external(String url, String user, String password) {
        String withoutOptions = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        int slash = withoutOptions.lastIndexOf('/');
        return new Database(withoutOptions.substring(0, slash + 1), withoutOptions.substring(slash + 1),
                user == null ? "root" : user, password == null ? "" : password);
    }

    /** Drops what earlier runs left on the embedded server (schemas named bench_…, other than this run's). */
    void dropEarlierRuns() throws SQLException {
        List<String> old = new java.util.ArrayList<>();
        try (Connection c = app.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'bench\\_%'")) {
            while (rs.next()) {
                if (!rs.getString(1).equals(schema)) {
                    old.add(rs.getString(1));
                }
            }
        }
        for (String name : old) {
            execute("DROP DATABASE " + name);
        }
    }

    HikariDataSource pool(String schema, int size) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(serverUrl + schema + OPTIONS);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(size);
        pool.setPoolName("bench-" + schema);
        pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        return pool;
    }

    /** A fresh, empty schema on the same server (for the peer). */
    HikariDataSource freshSchema(String schema, int size) throws SQLException {
        try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + schema);
            s.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return pool(schema, size);
    }

    Map<String, Long> status() throws SQLException {
        Map<String, Long> status = new HashMap<>();
        try (Connection c = app.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name LIKE 'Com\\_%' OR Variable_name = 'Questions'")) {
            while (rs.next()) {
                try {
                    status.put(rs.getString(1), Long.parseLong(rs.getString(2)));
                } catch (NumberFormatException ignored) {
                    // not a counter
                }
            }
        }
        return status;
    }

    static long statements(Map<String, Long> before, Map<String, Long> after) {
        return STATEMENT_COUNTERS.stream().mapToLong(k -> after.getOrDefault(k, 0L) - before.getOrDefault(k, 0L)).sum();
    }

    static long questions(Map<String, Long> before, Map<String, Long> after) {
        return after.getOrDefault("Questions", 0L) - before.getOrDefault("Questions", 0L);
    }

    /** Starts logging every statement the server receives into mysql.general_log (emptied first). */
    void startCensus() throws SQLException {
        execute("SET GLOBAL general_log = 0");
        execute("SET GLOBAL log_output = 'TABLE'");
        execute("TRUNCATE TABLE mysql.general_log");
        execute("SET GLOBAL general_log = 1");
    }

    /**
     * Stops the log and writes what it caught to {@code file}: each statement shape (numbers and quoted
     * values replaced by ?) with how often it ran, most frequent first, per {@code per} units of work.
     */
    void writeCensus(Path file, long per) throws SQLException, IOException {
        execute("SET GLOBAL general_log = 0");
        Map<String, Long> shapes = new HashMap<>();
        try (Connection c = app.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT CONVERT(argument USING utf8mb4) FROM mysql.general_log WHERE command_type IN ('Query', 'Execute')")) {
            while (rs.next()) {
                shapes.merge(shape(rs.getString(1)), 1L, Long::sum);
            }
        }
        execute("TRUNCATE TABLE mysql.general_log");
        long total = shapes.values().stream().mapToLong(Long::longValue).sum();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%9.2f  statements per unit in all (%d units)", total / (double) Math.max(1, per), per));
        shapes.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> lines.add(String.format(Locale.ROOT, "%9.2f  %s", e.getValue() / (double) Math.max(1, per), e.getKey())));
        Files.createDirectories(file.getParent());
        Files.write(file, lines);
    }

    /** A statement's shape: on one line, quoted values and numbers as ?, at most 200 characters. */
    static String shape(String statement) {
        String shape = statement.replaceAll("'[^']*'", "?").replaceAll("\\b\\d+\\b", "?").replaceAll("\\s+", " ").trim();
        return shape.length() > 200 ? shape.substring(0, 200) : shape;
    }

    long single(String sql) throws SQLException {
        return single(app, sql);
    }

    static long single(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    String variable(String name) throws SQLException {
        try (Connection c = app.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT @@" + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Override
    public void close() {
        app.close();
    }
}

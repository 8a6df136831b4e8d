package vn.subsidyflow.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The embedded server reserves memory only for the engines we use: Aria's page cache and MyISAM's key
 * cache small, no performance schema; a query whose internal temporary table spills to disk (Aria)
 * still answers; the server's malloc keeps to a few arenas. Runs a real server in a directory of its own under {@code target/}.
 */
class EmbeddedServerMemoryIntegrationTests {

    @Test
    void shouldKeepTheCachesOfEnginesWeDoNotUseSmall() throws Exception {
        try (MariaDbServer server = MariaDbServer.start(Path.of("target", "memory"));
             Connection connection = DriverManager.getConnection(server.url("memory"));
             Statement statement = connection.createStatement()) {
            assertThat(single(statement, "SELECT @@aria_pagecache_buffer_size")).isEqualTo(16L << 20);
            assertThat(single(statement, "SELECT @@key_buffer_size")).isEqualTo(8L << 20);
            assertThat(single(statement, "SELECT @@performance_schema")).isZero();

            // A GROUP BY over more groups than an in-memory temporary table of 16 KB holds goes to disk.
            statement.execute("SET SESSION tmp_table_size = 16384, max_heap_table_size = 16384");
            long before = single(statement, "SELECT VARIABLE_VALUE FROM information_schema.SESSION_STATUS"
                    + " WHERE VARIABLE_NAME = 'CREATED_TMP_DISK_TABLES'");
            long groups = single(statement, "SELECT COUNT(*) FROM (SELECT seq % 20000 AS k, COUNT(*) FROM seq_1_to_100000"
                    + " GROUP BY k ORDER BY NULL) g");
            long after = single(statement, "SELECT VARIABLE_VALUE FROM information_schema.SESSION_STATUS"
                    + " WHERE VARIABLE_NAME = 'CREATED_TMP_DISK_TABLES'");
            assertThat(groups).isEqualTo(20000);
            assertThat(after).as("temporary tables on disk").isGreaterThan(before);
        }
    }

    @Test
    void shouldStartTheServerWithFewMallocArenas() throws Exception {
        Path directory = Path.of("target", "memory-arenas");
        try (MariaDbServer server = MariaDbServer.start(directory);
             Connection connection = DriverManager.getConnection(server.url("arenas"));
             Statement statement = connection.createStatement()) {
            assertThat(single(statement, "SELECT 1")).isEqualTo(1);
            long pid = Long.parseLong(Files.readString(directory.resolve("data").resolve("mariadbd.pid")).trim());
            String[] environment = new String(Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "environ")),
                    StandardCharsets.UTF_8).split("\0");
            // An operator's own setting wins; otherwise the server gets ours.
            String expected = Objects.requireNonNullElse(System.getenv("MALLOC_ARENA_MAX"), "2");
            assertThat(Arrays.asList(environment)).contains("MALLOC_ARENA_MAX=" + expected);
        }
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

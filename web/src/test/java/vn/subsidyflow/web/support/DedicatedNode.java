package vn.subsidyflow.web.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.subsidyflow.SubsidyFlowApplication;
import vn.subsidyflow.db.MariaDbServer;

/**
 * The application (demo profile, random port) on a MariaDB server of its own, for tests that stop
 * the database, drop its schema or restore it — things the server the other tests share must not see.
 */
public final class DedicatedNode implements AutoCloseable {

    private final MariaDbServer server;
    private final ConfigurableApplicationContext context;

    private DedicatedNode(MariaDbServer server, ConfigurableApplicationContext context) {
        this.server = server;
        this.context = context;
    }

    /**
     * Starts a server in {@code directory} (beside the shared one's) with schema {@code schema}, then
     * the application on it with the extra {@code arguments}.
     */
    public static DedicatedNode start(String directory, String schema, String... arguments) {
        return start(new String[] {"demo"}, directory, schema, arguments);
    }

    /** As {@link #start}, but as a production install starts: no demo profile, so no demo users or data. */
    public static DedicatedNode startWithoutDemo(String directory, String schema, String... arguments) {
        return start(new String[0], directory, schema, arguments);
    }

    private static DedicatedNode start(String[] profiles, String directory, String schema, String... arguments) {
        MariaDbServer server = MariaDbServer.start(sharedDirectory().resolveSibling(directory));
        try {
            List<String> args = new ArrayList<>(List.of("--server.port=0", "--subsidyflow.db.url=" + server.url(schema)));
            args.addAll(List.of(arguments));
            ConfigurableApplicationContext context = new SpringApplicationBuilder(SubsidyFlowApplication.class)
                    .profiles(profiles).run(args.toArray(String[]::new));
            return new DedicatedNode(server, context);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** Where the shared embedded server of this test JVM keeps its files. */
    public static Path sharedDirectory() {
        return Path.of(System.getProperty("subsidyflow.embedded.dir", "target/mariadb"));
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public MariaDbServer server() {
        return server;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Closes the application first, then its server, so the pools never wait on a stopped server. */
    @Override
    public void close() {
        try {
            context.close();
        } finally {
            server.close();
        }
    }
}

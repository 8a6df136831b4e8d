package vn.subsidyflow.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged application ({@code web/target/subsidyflow.jar}) in its own JVM, as an operator
 * starts it: with the embedded MariaDB (unless SUBSIDYFLOW_DB_URL names a server) and demo users.
 */
final class AppProcess implements AutoCloseable {

    private static final Pattern EMBEDDED_PORT = Pattern.compile("Embedded MariaDB started on port (\\d+)");
    private static final Pattern EMBEDDED_START = Pattern.compile("Embedded MariaDB started on port \\d+ in (\\d+) ms");

    /**
     * The environment README's "Start-up and memory" gives the application: glibc's malloc held to two
     * arenas (the JVM's native allocations from many threads; the embedded server sets its own).
     */
    static final Map<String, String> DOCUMENTED_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    final int port;
    final double startupSeconds;
    private final Process process;
    private final Path log;

    private AppProcess(Process process, int port, double startupSeconds, Path log) {
        this.process = process;
        this.port = port;
        this.startupSeconds = startupSeconds;
        this.log = log;
    }

    /** Starts the application and waits until /actuator/health says UP; its output goes to {@code app.log}. */
    static AppProcess start(BenchConfig config, Path embeddedDir, String schema) throws Exception {
        return start(config, embeddedDir, schema, "app.log");
    }

    /** Starts the application, its output going to {@code logName} in the output directory, and waits until it is UP. */
    static AppProcess start(BenchConfig config, Path embeddedDir, String schema, String logName) throws Exception {
        return start(config, AppCds.none(config), embeddedDir, schema, logName, List.of());
    }

    /**
     * As {@link #start(BenchConfig, Path, String, String)}, launched as {@code launch} says (with a
     * class-data archive or not), with further application arguments ({@code --name=value}).
     */
    static AppProcess start(BenchConfig config, AppCds.Launch launch, Path embeddedDir, String schema, String logName,
                            List<String> settings) throws Exception {
        try {
            return startOnce(config, launch, embeddedDir, schema, logName, settings);
        } catch (IllegalStateException exited) {
            // A first start can fail for reasons of the moment (another run installing the server, a start
            // slower than the 30 s allowed under load); a second one usually does not.
            System.out.println("[bench] " + exited.getMessage() + "; trying once more");
            return startOnce(config, launch, embeddedDir, schema, logName, settings);
        }
    }

    private static AppProcess startOnce(BenchConfig config, AppCds.Launch launch, Path embeddedDir, String schema, String logName,
                                        List<String> settings) throws Exception {
        if (!Files.isRegularFile(config.appJar())) {
            throw new IllegalStateException("No application jar at " + config.appJar() + ": build through the reactor first");
        }
        int port = freePort();
        Path log = config.out().resolve(logName);
        Files.createDirectories(config.out());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(config.appJvmArgs().trim().split("\\s+")));
        command.addAll(launch.jvmArgs());
        command.add("-Duser.timezone=UTC");
        command.add("-jar");
        command.add(launch.jar().toString());
        command.add("--spring.profiles.active=demo");
        command.add("--server.port=" + port);
        command.add("--subsidyflow.embedded.dir=" + embeddedDir);
        command.add("--subsidyflow.embedded.database=" + schema);
        command.add("--logging.level.root=WARN");
        command.add("--logging.level.vn.subsidyflow.db=INFO");
        command.addAll(settings);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        environment(builder.environment());
        long started = System.nanoTime();
        Process process = builder.start();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited during start-up; see " + log);
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    break;
                }
            } catch (IOException notYet) {
                // still starting
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("The application did not become ready in 3 minutes; see " + log);
            }
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new AppProcess(process, port, seconds, log);
    }

    /** Adds the documented environment to {@code environment}, keeping what the bench's own environment says. */
    static void environment(Map<String, String> environment) {
        DOCUMENTED_ENVIRONMENT.forEach(environment::putIfAbsent);
    }

    /** The port of the embedded MariaDB the application started, read from its log. */
    Optional<Integer> embeddedDatabasePort() throws IOException {
        Matcher m = EMBEDDED_PORT.matcher(Files.readString(log));
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** How long the embedded MariaDB took to start (unpack, install if new, start), read from the log. */
    Optional<Long> embeddedDatabaseStartMs() throws IOException {
        Matcher m = EMBEDDED_START.matcher(Files.readString(log));
        return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    long pid() {
        return process.pid();
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    /** Resident set size of the application JVM (not its database child), in MB. */
    double rssMb() throws IOException {
        return rssMb(process.pid());
    }

    /** Resident set size of the application's child processes (the embedded mysqld), in MB. */
    double childrenRssMb() {
        return process.descendants().mapToDouble(h -> {
            try {
                return rssMb(h.pid());
            } catch (IOException gone) {
                return 0;
            }
        }).sum();
    }

    static double rssMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

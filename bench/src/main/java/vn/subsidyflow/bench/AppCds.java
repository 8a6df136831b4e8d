package vn.subsidyflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Class-data sharing for the application, as README tells operators to set it up: the fat jar
 * extracted ({@code -Djarmode=tools extract}: a plain jar and its lib/ directory, which the JVM can
 * map classes from, unlike jars nested in a jar), one training run that starts the context and exits
 * ({@code -Dspring.context.exit=onRefresh}) while the JVM writes the classes it loaded to an archive
 * ({@code -XX:ArchiveClassesAtExit}), then every start maps that archive instead of reading, verifying
 * and parsing some 20 000 classes again ({@code -XX:SharedArchiveFile}).
 *
 * <p>The training run uses its own embedded data directory, so the run's first start still starts
 * into an empty one. The archive is kept for the next run while the jar is unchanged.
 */
final class AppCds {

    /** How to start the application: the jar to run and the JVM options that map the archive. */
    record Launch(Path jar, List<String> jvmArgs, String description) {
    }

    private AppCds() {
    }

    /** The plain fat jar, as before (no archive). */
    static Launch none(BenchConfig config) {
        return new Launch(config.appJar(), List.of(), "none (fat jar)");
    }

    /**
     * The extracted jar with its archive, built if missing or older than the jar; the plain jar when
     * that fails (the reason is printed: a bench must not stop on an optimisation).
     */
    static Launch prepare(BenchConfig config) {
        Path dir = config.out().resolve("cds");
        Path extracted = dir.resolve("app");
        Path jar = extracted.resolve(config.appJar().getFileName());
        Path archive = dir.resolve("subsidyflow.jsa");
        Path stamp = dir.resolve("jar.stamp");
        try {
            String jarStamp = Files.size(config.appJar()) + " " + Files.getLastModifiedTime(config.appJar()).toMillis();
            if (!(Files.isRegularFile(archive) && Files.isRegularFile(jar) && Files.isRegularFile(stamp)
                    && Files.readString(stamp).equals(jarStamp))) {
                long started = System.nanoTime();
                delete(extracted);
                Files.deleteIfExists(archive);
                Files.createDirectories(dir);
                run(dir.resolve("extract.log"), 5, java(), "-Djarmode=tools", "-jar", config.appJar().toString(), "extract",
                        "--destination", extracted.toString());
                List<String> training = new ArrayList<>();
                training.add(java());
                training.addAll(Arrays.asList(config.appJvmArgs().trim().split("\\s+")));
                training.add("-XX:ArchiveClassesAtExit=" + archive);
                training.add("-Dspring.context.exit=onRefresh");
                training.add("-Duser.timezone=UTC");
                training.addAll(List.of("-jar", jar.toString(), "--spring.profiles.active=demo", "--server.port=0",
                        "--subsidyflow.embedded.dir=" + dir.resolve("db"), "--subsidyflow.embedded.database=cds_training"));
                try {
                    run(dir.resolve("training.log"), 10, training.toArray(String[]::new));
                } finally {
                    stopServer(dir.resolve("db"));
                }
                if (!Files.isRegularFile(archive)) {
                    throw new IllegalStateException("the training run wrote no archive; see " + dir.resolve("training.log"));
                }
                Files.writeString(stamp, jarStamp);
                System.out.printf("[bench] class-data archive built in %.1f s: %s (%d MB)%n", (System.nanoTime() - started) / 1e9,
                        archive, Files.size(archive) / 1048576);
            }
            return new Launch(jar, List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto"), "AppCDS " + archive);
        } catch (IOException | RuntimeException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            System.out.println("[bench] no class-data archive, starting the fat jar: " + e.getMessage());
            return none(config);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return none(config);
        }
    }

    private static void run(Path log, int minutes, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + String.join(" ", command) + "; see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("exit " + process.exitValue() + ": " + String.join(" ", command) + "; see " + log);
        }
    }

    /**
     * The training JVM leaves by {@code spring.context.exit} without closing the context, so the
     * embedded server it started outlives it; stopped here by its pid file.
     */
    private static void stopServer(Path embeddedDir) throws IOException, InterruptedException,
            java.util.concurrent.ExecutionException, java.util.concurrent.TimeoutException {
        Path pidFile = embeddedDir.resolve("data").resolve("mariadbd.pid");
        if (Files.isRegularFile(pidFile)) {
            Optional<ProcessHandle> server = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()));
            if (server.isPresent() && server.get().info().command().map(c -> c.contains("mariadbd")).orElse(false)) {
                server.get().destroy();
                server.get().onExit().get(60, TimeUnit.SECONDS);
            }
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void delete(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    static Optional<Path> archive(Launch launch) {
        return launch.jvmArgs().stream().filter(a -> a.startsWith("-XX:SharedArchiveFile=")).findFirst()
                .map(a -> Path.of(a.substring(a.indexOf('=') + 1)));
    }
}

package vn.subsidyflow.bench;

import java.nio.file.Path;

/**
 * Sizes and places for one run, from system properties (see bench/pom.xml for the defaults).
 * {@code warmUp} is the number of untimed calls made before each latency is sampled. {@code census}
 * logs every statement of one extra lifecycle repetition (ours and the peer's) and of the payment
 * batches, and writes them grouped by shape next to the results; the general log slows the server,
 * so a census run's payment figures are for finding where statements go, not for the table.
 * {@code importRows} is the size of the history file uploaded through the import. {@code appCds}
 * starts the application from its extracted jar with a class-data archive, as README advises
 * operators ({@link AppCds}); false starts the fat jar as it is. {@code scenarios} names the loaded
 * scenarios to run ({@code inbox, reports, lifecycles, payments, import}, comma-separated; empty: all),
 * so that one figure can be measured again without the half hour of the others.
 */
record BenchConfig(int dossiers, int openTasks, int payments, int lifecycles, int repetitions, int clients, int samples,
                   int warmUp, int importRows, Path appJar, String appJvmArgs, Path out, boolean census, boolean appCds,
                   java.util.Set<String> scenarios) {

    static BenchConfig fromSystemProperties() {
        return new BenchConfig(
                Integer.getInteger("bench.dossiers", 300),
                Integer.getInteger("bench.openTasks", 60),
                Integer.getInteger("bench.payments", 20),
                Integer.getInteger("bench.lifecycles", 4),
                Integer.getInteger("bench.repetitions", 1),
                Integer.getInteger("bench.clients", 2),
                Integer.getInteger("bench.samples", 20),
                Integer.getInteger("bench.warmUp", 50),
                Integer.getInteger("bench.importRows", 100_000),
                Path.of(System.getProperty("bench.appJar", "web/target/subsidyflow.jar")).toAbsolutePath().normalize(),
                System.getProperty("bench.appJvmArgs", "-Xmx384m -XX:+UseSerialGC -Xss512k"),
                Path.of(System.getProperty("bench.out", "target/bench")).toAbsolutePath().normalize(),
                Boolean.getBoolean("bench.census"),
                Boolean.parseBoolean(System.getProperty("bench.appCds", "true")),
                java.util.Arrays.stream(System.getProperty("bench.scenarios", "").split(","))
                        .map(String::trim).filter(n -> !n.isEmpty()).collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    /** Whether the named loaded scenario runs in this run. */
    boolean runs(String scenario) {
        return scenarios.isEmpty() || scenarios.contains(scenario);
    }

    /**
     * The Flowable history level the application runs at, for the peer measured "at the same history
     * level": {@code bench.appHistoryLevel} if given, else {@code flowable.history-level} of the
     * application.yml packaged in the jar (what actually runs), else Flowable's default, {@code audit}.
     */
    String appHistoryLevel() {
        String given = System.getProperty("bench.appHistoryLevel", "");
        if (!given.isBlank()) {
            return given.trim();
        }
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(appJar().toFile())) {
            java.util.zip.ZipEntry yml = jar.getEntry("BOOT-INF/classes/application.yml");
            if (yml != null) {
                String text = new String(jar.getInputStream(yml).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                return historyLevel(text).orElse("audit");
            }
        } catch (java.io.IOException unreadable) {
            // the default below
        }
        return "audit";
    }

    /** {@code history-level} under the top-level {@code flowable:} key of a YAML text. */
    static java.util.Optional<String> historyLevel(String yaml) {
        boolean inFlowable = false;
        for (String line : yaml.split("\\R")) {
            if (!line.isBlank() && !line.startsWith(" ") && !line.startsWith("#")) {
                inFlowable = line.startsWith("flowable:");
            } else if (inFlowable) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s+history-level:\\s*([A-Za-z]+)").matcher(line);
                if (m.find()) {
                    return java.util.Optional.of(m.group(1).toLowerCase());
                }
            }
        }
        return java.util.Optional.empty();
    }
}

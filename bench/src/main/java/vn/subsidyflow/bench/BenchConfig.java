package vn.subsidyflow.bench;

import java.nio.file.Path;

/**
 * Sizes and places for one run, from system properties (see bench/pom.xml for the defaults).
 * {@code warmUp} is the number of untimed calls made before each latency is sampled. {@code census}
 * logs every statement of one extra lifecycle repetition (ours and the peer's) and of the payment
 * batches, and writes them grouped by shape next to the results; the general log slows the server,
 * so a census run's payment figures are for finding where statements go, not for the table.
 * {@code importRows} is the size of the history file uploaded through the import.
 */
record BenchConfig(int dossiers, int openTasks, int payments, int lifecycles, int repetitions, int clients, int samples,
                   int warmUp, int importRows, Path appJar, String appJvmArgs, Path out, boolean census) {

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
                Boolean.getBoolean("bench.census"));
    }
}

package vn.subsidyflow.bench;

import java.nio.file.Path;

/** Sizes and places for one run, from system properties (see bench/pom.xml for the defaults). */
record BenchConfig(int dossiers, int openTasks, int payments, int lifecycles, int repetitions, int clients, int samples,
                   Path appJar, String appJvmArgs, Path out) {

    static BenchConfig fromSystemProperties() {
        return new BenchConfig(
                Integer.getInteger("bench.dossiers", 300),
                Integer.getInteger("bench.openTasks", 60),
                Integer.getInteger("bench.payments", 20),
                Integer.getInteger("bench.lifecycles", 4),
                Integer.getInteger("bench.repetitions", 1),
                Integer.getInteger("bench.clients", 2),
                Integer.getInteger("bench.samples", 20),
                Path.of(System.getProperty("bench.appJar", "web/target/subsidyflow.jar")).toAbsolutePath().normalize(),
                System.getProperty("bench.appJvmArgs", "-Xmx384m -XX:+UseSerialGC -Xss512k"),
                Path.of(System.getProperty("bench.out", "target/bench")).toAbsolutePath().normalize());
    }
}

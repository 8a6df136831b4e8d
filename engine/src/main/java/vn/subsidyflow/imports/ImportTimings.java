package vn.subsidyflow.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Milliseconds per phase of one import, for its log line: a slow import says where its time went
 * (reading, checking, each table written) without a profiler. Each {@link #lap} adds the time since
 * the previous one to its phase, so a phase repeated per chunk adds up.
 */
final class ImportTimings {

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private long mark = System.nanoTime();

    void lap(String phase) {
        long now = System.nanoTime();
        nanos.merge(phase, now - mark, Long::sum);
        mark = now;
    }

    @Override
    public String toString() {
        return nanos.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() / 1_000_000 + " ms")
                .collect(Collectors.joining(", "));
    }
}

package vn.subsidyflow.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/** Latency samples in nanoseconds; percentiles by the nearest-rank method. */
final class Stats {

    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

    void add(long sampleNanos) {
        nanos.add(sampleNanos);
    }

    void addAll(Stats other) {
        synchronized (other.nanos) {
            nanos.addAll(other.nanos);
        }
    }

    int count() {
        return nanos.size();
    }

    double percentileMs(double p) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
    }

    double medianMs() {
        return percentileMs(50);
    }

    double p95Ms() {
        return percentileMs(95);
    }

    /** Times {@code samples} calls after {@code warmUp} untimed ones. */
    static <T> Stats time(int warmUp, int samples, Supplier<T> call) {
        for (int i = 0; i < warmUp; i++) {
            call.get();
        }
        Stats stats = new Stats();
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            call.get();
            stats.add(System.nanoTime() - start);
        }
        return stats;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}

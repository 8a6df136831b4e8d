package vn.subsidyflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProcessCpuUnitTests {

    @Test
    void shouldAddUserAndSystemTicksCountingFromTheLastParenthesis() {
        // A command name with a space and a parenthesis must not shift the fields.
        String stat = "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 9000 0 3 0 1234 567 0 0 20 0 40 0 100 5000000 30000";

        assertThat(ProcessCpu.parseStat(stat)).isEqualTo(1234 + 567);
    }

    @Test
    void shouldSeeThisProcessUseCpu() {
        long self = ProcessHandle.current().pid();
        double before = ProcessCpu.cpuSeconds(self);
        // Spin until this thread itself has had 0.3 s of processor (wall time says nothing on a busy machine).
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long x = 0;
        for (long end = threads.getCurrentThreadCpuTime() + 300_000_000L; threads.getCurrentThreadCpuTime() < end; ) {
            x += Long.numberOfTrailingZeros(System.nanoTime()) + 1;
        }
        double used = ProcessCpu.between(java.util.Map.of("bench", before), java.util.Map.of("bench", ProcessCpu.cpuSeconds(self))).get("bench");

        assertThat(x).isPositive();
        assertThat(used).isBetween(0.28, 10.0);
        assertThat(new ProcessCpu(self, self, Optional.empty()).now()).containsOnlyKeys("bench", "app");
    }

    @Test
    void shouldCountAGoneProcessAsUnknown() {
        assertThat(ProcessCpu.cpuSeconds(Long.MAX_VALUE)).isNaN();
    }
}

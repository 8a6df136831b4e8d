package vn.subsidyflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * Runs the benchmark at the sizes the build gives (tiny in a normal build, so the suite never rots;
 * national scale with -Pbench) and checks that every figure the README promises was produced.
 */
class BenchTests {

    /** The figures each loaded scenario produces, for a run of a chosen subset ({@code bench.scenarios}). */
    private static final java.util.Map<String, String[]> FIGURES = java.util.Map.of(
            "inbox", new String[] {"inbox.p95Ms10k", "inbox.p95Ms1m", "inbox.peerP95Ms1m"},
            "reports", new String[] {"dashboard.p95Ms", "reconciliation.seconds", "reconciliation.mismatchedLines", "report.seconds",
                    "report.mismatches", "report.datePeriodSeconds", "report.datePeriodMismatches", "report.categorySeconds",
                    "disclosure.seconds", "statistics.seconds"},
            "lifecycles", new String[] {"lifecycle.perSecond", "lifecycle.peerPerSecond", "lifecycle.sqlPerLifecycle"},
            "payments", new String[] {"paymentBatch.seconds", "paymentBatch.stuck"},
            "import", new String[] {"import.seconds", "import.dossiersWritten", "import.mismatchedLines"});

    @Test
    void shouldProduceEveryFigure() throws Exception {
        BenchConfig config = BenchConfig.fromSystemProperties();
        Results results = new Bench(config).run();

        assertThat(Files.exists(config.out().resolve("results.json"))).isTrue();
        if (!config.scenarios().isEmpty()) { // a chosen subset: the figures of what ran, and the books held
            for (String scenario : config.scenarios()) {
                for (String key : FIGURES.getOrDefault(scenario, new String[] {"unknown scenario " + scenario})) {
                    assertThat(results.get(key)).as(key).isInstanceOf(Number.class);
                    if (key.toLowerCase(java.util.Locale.ROOT).contains("mismatch")) {
                        assertThat(results.number(key)).as(key).isZero();
                    }
                }
            }
            return;
        }
        for (String key : new String[] {"lifecycle.perSecond", "lifecycle.peerPerSecond", "lifecycle.sqlPerLifecycle",
                "lifecycle.peerSqlPerLifecycle", "inbox.p95Ms10k", "inbox.p95Ms1m", "inbox.peerP95Ms1m", "dashboard.p95Ms",
                "reconciliation.seconds", "report.seconds", "paymentBatch.seconds", "paymentBatch.stuck", "startup.seconds",
                "rssMb", "dossiers", "report.categorySeconds", "disclosure.seconds", "statistics.seconds", "import.seconds",
                "lifecycle.peerPerSecondSameHistory", "rssTotalMb", "idle.statements10s", "report.datePeriodSeconds",
                "report.dayPeriodSeconds"}) {
            assertThat(results.get(key)).as(key).isInstanceOf(Number.class);
        }
        // CPU seconds per process and scenario: every process of the run did some of the work it measures.
        for (String scenario : new String[] {"lifecycle", "peer", "peerSameHistory", "payments", "reports", "import"}) {
            for (String process : new String[] {"bench", "app", "db"}) {
                assertThat(results.number("cpuSeconds." + scenario + "." + process)).as(scenario + "." + process).isNotNegative();
            }
        }
        assertThat(results.number("cpuSeconds.lifecycle.app")).isPositive();
        assertThat(results.number("cpuSeconds.peer.bench")).isPositive();
        assertThat(results.number("cpuSeconds.lifecycle.db") + results.number("cpuSeconds.peer.db")).isPositive();
        assertThat((java.util.List<?>) results.get("cpuSeconds.lifecycle.perRepetition.app")).hasSize(config.repetitions());
        assertThat(results.number("rssTotalMb")).isEqualTo(results.number("rssMb") + results.number("rssDatabaseMb"), org.assertj.core.data.Offset.offset(0.01));
        assertThat(results.number("lifecycle.peerFailures")).isZero();
        if (config.appCds()) { // the archive was built and the application started with it, not the fat-jar fallback
            assertThat((String) results.get("conditions.appCds")).startsWith("AppCDS");
        }
        assertThat(results.number("lifecycle.failures")).isZero();
        assertThat(results.number("reconciliation.mismatchedLines")).isZero();
        assertThat(results.number("reconciliation.mismatchedLinesAfterRun")).isZero();
        assertThat(results.number("paymentBatch.stuck")).isZero();
        // The category is a part of the whole; the history file is imported whole, and the books still hold.
        assertThat(results.number("report.categoryDossiers")).isPositive().isLessThan(results.number("report.dossiers"));
        assertThat(results.number("disclosure.total")).isPositive();
        // Periods of whole months, and cut mid-month, equal the exact scan figure for figure.
        assertThat(results.number("report.datePeriodMismatches")).isZero();
        assertThat(results.number("report.dayPeriodMismatches")).isZero();
        assertThat(results.number("import.rows")).isEqualTo(config.importRows());
        assertThat(results.number("import.dossiersWritten")).isEqualTo(config.importRows());
        assertThat(results.number("import.mismatchedLines")).isZero();
        if (config.census()) {
            for (String census : new String[] {"census-lifecycle.txt", "census-peer-lifecycle.txt", "census-payments.txt"}) {
                assertThat(Files.readAllLines(config.out().resolve(census))).as(census)
                        .anySatisfy(line -> assertThat(line).containsIgnoringCase("ACT_HI_PROCINST"));
            }
        }
        // At least the bench's own REVIEWER/APPROVER tasks (the demo profile may add a few of its own).
        assertThat(results.number("inbox.pageRows1m")).isGreaterThanOrEqualTo(Math.min(50, config.openTasks() * 2 / 3));
    }
}

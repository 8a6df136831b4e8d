package vn.subsidyflow.paper;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import vn.subsidyflow.application.Applications;
import vn.subsidyflow.database.MapperSlice;
import vn.subsidyflow.database.Rows;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.print.PdfPrinter;

/**
 * What issuing papers costs the transaction of the change, with the PDF printed in it (as every
 * paper was before: numbered, printed and stored while its counter row stayed locked) and without
 * (numbered with its text only; printed after the commit). Not a test: timings depend on the machine
 * and its load, so nothing is asserted, and its name keeps it out of the suite. Run it by hand:
 * {@code ./mvnw -B -q -pl engine -am test -Dtest=PaperIssueTimings -Dsurefire.failIfNoSpecifiedTests=false}
 * and read the figures on standard output.
 *
 * <ul>
 * <li>a filing's paper: one receipt per transaction, one thread;</li>
 * <li>a payment chunk's papers: 100 payment notices in one transaction;</li>
 * <li>the counter lock: receipts two threads can issue in parallel, one per transaction.</li>
 * </ul>
 * Commits for real, in a year no test numbers papers in.
 */
@SpringBootTest(classes = {MapperSlice.class, PaperIssueTimings.Slice.class})
class PaperIssueTimings {

    private static final int YEAR = 2087;
    private static final int ROUNDS = 40;
    private static final int CHUNK = 100;
    private static final long PARALLEL_MS = 10_000;
    private static final SamplePapers SAMPLE = new SamplePapers();

    @Configuration
    @Import({Papers.class, PaperPrinter.class, Transactions.class, PdfPrinter.class})
    static class Slice {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    @Autowired
    Papers papers;
    @Autowired
    Transactions transactions;
    @Autowired
    Rows rows;
    @MockitoBean
    Applications applications;

    @Test
    void printFigures() throws Exception {
        long dossier = rows.application(rows.organisation("Công ty Hương Khê"), "APPROVED", YEAR, null, 15_000_000L, 0);
        for (int warm = 0; warm < 20; warm++) {
            issue(dossier, PaperKind.RECEIPT, true);
            issue(dossier, PaperKind.RECEIPT, false);
        }
        List<String> figures = new ArrayList<>();
        figures.add("load average before: " + loadAverage());
        long[][] filing = new long[2][ROUNDS];
        long[][] chunk = new long[2][ROUNDS / 4];
        for (int round = 0; round < ROUNDS; round++) {
            filing[0][round] = micros(() -> issue(dossier, PaperKind.RECEIPT, true));
            filing[1][round] = micros(() -> issue(dossier, PaperKind.RECEIPT, false));
        }
        for (int round = 0; round < ROUNDS / 4; round++) {
            chunk[0][round] = micros(() -> chunk(dossier, true));
            chunk[1][round] = micros(() -> chunk(dossier, false));
        }
        figures.add(summary("receipt, printed in the transaction", filing[0]));
        figures.add(summary("receipt, printed after", filing[1]));
        figures.add(summary(CHUNK + " payment notices, printed in", chunk[0]));
        figures.add(summary(CHUNK + " payment notices, printed after", chunk[1]));
        figures.add(parallel(dossier, true));
        figures.add(parallel(dossier, false));
        figures.add("load average after: " + loadAverage());
        figures.forEach(System.out::println);
    }

    /** One paper in its own transaction; {@code printInside}: printed and stored before the commit, as before. */
    private void issue(long dossier, PaperKind kind, boolean printInside) {
        transactions.run(() -> {
            Paper paper = papers.issue(text(dossier, kind));
            if (printInside) {
                papers.file(paper.id());
            }
        });
    }

    private void chunk(long dossier, boolean printInside) {
        transactions.run(() -> {
            for (int i = 0; i < CHUNK; i++) {
                Paper paper = papers.issue(text(dossier, PaperKind.PAYMENT_NOTICE));
                if (printInside) {
                    papers.file(paper.id());
                }
            }
        });
    }

    /** Two threads issuing receipts, one per transaction, for a few seconds: receipts per second together. */
    private String parallel(long dossier, boolean printInside) throws Exception {
        AtomicLong issued = new AtomicLong();
        long end = System.currentTimeMillis() + PARALLEL_MS;
        Runnable filer = () -> {
            while (System.currentTimeMillis() < end) {
                issue(dossier, PaperKind.RECEIPT, printInside);
                issued.incrementAndGet();
            }
        };
        CompletableFuture.allOf(CompletableFuture.runAsync(filer), CompletableFuture.runAsync(filer)).get();
        return String.format(Locale.ROOT, "%-40s %6.1f receipts/s (2 threads, %d s)",
                "parallel receipts, printed " + (printInside ? "in" : "after"), issued.get() * 1000.0 / PARALLEL_MS,
                PARALLEL_MS / 1000);
    }

    private static final java.util.Map<PaperKind, PaperText> SAMPLES = java.util.Map.of(
            PaperKind.RECEIPT, SAMPLE.text(PaperKind.RECEIPT), PaperKind.PAYMENT_NOTICE, SAMPLE.text(PaperKind.PAYMENT_NOTICE));

    private static PaperText text(long dossier, PaperKind kind) {
        PaperText sample = SAMPLES.get(kind);
        return new PaperText(kind, dossier, sample.template(), sample.model(), LocalDate.of(YEAR, 12, 5), null);
    }

    private static long micros(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000;
    }

    private static String summary(String what, long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1_000;
        double median = sorted[sorted.length / 2] / 1_000.0;
        return String.format(Locale.ROOT, "%-40s mean %8.2f ms  median %8.2f ms  (%d rounds)", what, mean, median,
                sorted.length);
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}

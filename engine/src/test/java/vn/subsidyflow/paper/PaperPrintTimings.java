package vn.subsidyflow.paper;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.subsidyflow.print.PdfPrinter;

/**
 * How long a warm paper takes to print, and where the time goes. Not a test: timings depend on the
 * machine and its load, so nothing is asserted and the suite does not run it. Run it by hand, with
 * the engine's test class path, before and after a change to the printing:
 * {@code java -cp <engine test class path> vn.subsidyflow.paper.PaperPrintTimings [rounds]}.
 *
 * <p>It prints the payment notice and the decision {@code rounds} times each (200 by default) after a
 * warm-up, with the former way of printing (every paper parsing the faces from their bytes) and the
 * printer as it is, one after the other in each round so that the machine's load weighs on both
 * alike (with the bytes each allocates, which the load does not change); then the parts of one paper: filling the template, laying out and writing the PDF, parsing the faces.
 */
public final class PaperPrintTimings {

    private static final String[][] FORMER_FONTS = {
            {"DejaVuSerif.ttf", "DejaVu Serif", "400", "normal"},
            {"DejaVuSerif-Bold.ttf", "DejaVu Serif", "700", "normal"},
            {"DejaVuSerif-Italic.ttf", "DejaVu Serif", "400", "italic"},
            {"DejaVuSans.ttf", "DejaVu Sans", "400", "normal"},
    };

    private static final com.sun.management.ThreadMXBean ALLOCATION =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

    private PaperPrintTimings() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        SamplePapers sample = new SamplePapers();
        PdfPrinter printer = SamplePapers.PRINTER;
        Map<String, byte[]> fonts = new java.util.HashMap<>();
        for (String[] font : FORMER_FONTS) {
            fonts.put(font[0], resource("fonts/" + font[0]));
        }
        PaperKind[] kinds = {PaperKind.PAYMENT_NOTICE, PaperKind.DECISION};
        for (int warm = 0; warm < 30; warm++) {
            for (PaperKind kind : kinds) {
                printer.pdf(html(sample, kind));
                formerPdf(html(sample, kind), fonts);
            }
        }
        for (PaperKind kind : kinds) {
            compare(kind.toString(), rounds, () -> formerPdf(html(sample, kind), fonts), () -> sample.print(kind));
        }
        String xhtml = html(sample, PaperKind.DECISION);
        report("DECISION: its content", rounds, () -> sample.text(PaperKind.DECISION));
        report("DECISION: Thymeleaf", rounds, () -> html(sample, PaperKind.DECISION));
        report("DECISION: XHTML to PDF", rounds, () -> printer.pdf(xhtml));
        report("parsing the 3 serif faces", rounds, () -> {
            try (PDDocument document = new PDDocument()) {
                for (int face = 0; face < 3; face++) {
                    PDType0Font.load(document, new ByteArrayInputStream(fonts.get(FORMER_FONTS[face][0])), true);
                }
                return document;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String html(SamplePapers sample, PaperKind kind) {
        PaperText text = sample.text(kind);
        return SamplePapers.PRINTER.html(PaperPrinter.TEMPLATE, PaperPrinter.VIETNAMESE,
                sample.printer.model(text, "12/2026/" + Papers.suffix(kind)));
    }

    /** How every paper was printed before: the faces parsed again from their bytes for each paper. */
    private static byte[] formerPdf(String xhtml, Map<String, byte[]> fonts) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (String[] font : FORMER_FONTS) {
                byte[] bytes = fonts.get(font[0]);
                builder.useFont(() -> new ByteArrayInputStream(bytes), font[1], Integer.valueOf(font[2]),
                        "italic".equals(font[3]) ? PdfRendererBuilder.FontStyle.ITALIC : PdfRendererBuilder.FontStyle.NORMAL,
                        true);
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void compare(String what, int rounds, Supplier<?> before, Supplier<?> after) {
        long[][] micros = new long[2][rounds];
        long[] allocated = new long[2];
        for (int round = 0; round < rounds; round++) {
            long start = ALLOCATION.getCurrentThreadAllocatedBytes();
            micros[0][round] = micros(before);
            long middle = ALLOCATION.getCurrentThreadAllocatedBytes();
            micros[1][round] = micros(after);
            allocated[0] += middle - start;
            allocated[1] += ALLOCATION.getCurrentThreadAllocatedBytes() - middle;
        }
        // Allocation does not depend on the machine's load: a steadier measure of the work than time.
        print(what + ", former way", micros[0]);
        System.out.printf(Locale.ROOT, "%-30s %.1f MB allocated per paper%n", "", allocated[0] / 1e6 / rounds);
        print(what + ", now", micros[1]);
        System.out.printf(Locale.ROOT, "%-30s %.1f MB allocated per paper%n", "", allocated[1] / 1e6 / rounds);
    }

    private static long micros(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return (System.nanoTime() - start) / 1_000;
    }

    private static void report(String what, int rounds, Supplier<?> work) {
        long[] micros = new long[rounds];
        for (int round = 0; round < rounds; round++) {
            micros[round] = micros(work);
        }
        print(what, micros);
    }

    private static void print(String what, long[] micros) {
        int rounds = micros.length;
        Arrays.sort(micros);
        double mean = Arrays.stream(micros).average().orElse(0) / 1_000;
        double median = micros[rounds / 2] / 1_000.0;
        double p95 = micros[(int) Math.ceil(rounds * 0.95) - 1] / 1_000.0;
        System.out.printf(Locale.ROOT, "%-30s mean %7.2f ms  median %7.2f ms  p95 %7.2f ms  (%d rounds)%n", what, mean,
                median, p95, rounds);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PaperPrintTimings.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}

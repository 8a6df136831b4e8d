package vn.subsidyflow.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfPrinterUnitTests {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Test
    void printsVietnameseWithTheEmbeddedFontAndReadsBackTheSameText() throws Exception {
        byte[] pdf = new PdfPrinter().print("test-print", VIETNAMESE,
                Map.of("line", "Độc lập - Tự do - Hạnh phúc: Mười lăm triệu đồng"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Độc lập - Tự do - Hạnh phúc: Mười lăm triệu đồng");
            assertThat(document.getPage(0).getResources().getFontNames()).isNotEmpty();
        }
    }

    @Test
    void everyPaperEmbedsTheSubsetOfEachFaceItUsesAndNoOther() throws Exception {
        PdfPrinter printer = new PdfPrinter();
        // The second paper reuses the faces the first one parsed: it must embed them all the same.
        for (int paper = 0; paper < 2; paper++) {
            byte[] pdf = printer.print("test-faces", VIETNAMESE, Map.of("line", "Hóa đơn số " + paper));
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(embeddedFaces(document)).containsExactlyInAnyOrder(
                        "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSans");
                assertThat(new PDFTextStripper().getText(document)).contains("Hóa đơn số " + paper,
                        "Đậm: Hóa đơn số " + paper, "Nghiêng: Hóa đơn số " + paper, "Không chân: Hóa đơn số " + paper);
            }
        }
        byte[] serifOnly = printer.print("test-print", VIETNAMESE, Map.of("line", "Mười lăm triệu đồng"));
        try (PDDocument document = Loader.loadPDF(serifOnly)) {
            assertThat(embeddedFaces(document)).containsExactlyInAnyOrder("DejaVuSerif", "DejaVuSerif-Bold");
        }
    }

    @Test
    void papersPrintedFromFourThreadsAtOnceEachReadBackWhole() throws Exception {
        PdfPrinter printer = new PdfPrinter();
        int threads = 4;
        int papersEach = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<String>>> printed = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                int t = thread;
                Callable<List<String>> printing = () -> {
                    start.await();
                    List<String> problems = new ArrayList<>();
                    for (int paper = 0; paper < papersEach; paper++) {
                        String line = "Luồng " + t + ", phiếu " + paper + ": Mười lăm triệu đồng";
                        byte[] pdf = printer.print("test-faces", VIETNAMESE, Map.of("line", line));
                        try (PDDocument document = Loader.loadPDF(pdf)) {
                            String text = new PDFTextStripper().getText(document);
                            for (String expected : List.of(line, "Đậm: " + line, "Nghiêng: " + line, "Không chân: " + line)) {
                                if (!text.contains(expected)) {
                                    problems.add("missing «" + expected + "» in: " + text);
                                }
                            }
                            if (embeddedFaces(document).size() != 4) {
                                problems.add("faces embedded: " + embeddedFaces(document));
                            }
                        }
                    }
                    return problems;
                };
                printed.add(pool.submit(printing));
            }
            start.countDown();
            for (Future<List<String>> thread : printed) {
                assertThat(thread.get(5, TimeUnit.MINUTES)).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The faces the page draws with, each checked to be embedded as a subset (its name tagged "ABCDEF+"). */
    private static List<String> embeddedFaces(PDDocument document) throws IOException {
        List<String> faces = new ArrayList<>();
        PDResources resources = document.getPage(0).getResources();
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            assertThat(font).isInstanceOf(PDType0Font.class);
            PDType0Font type0 = (PDType0Font) font;
            assertThat(type0.isEmbedded()).as(font.getName() + " embedded").isTrue();
            assertThat(type0.getDescendantFont().getFontDescriptor().getFontFile2()).as(font.getName()).isNotNull();
            assertThat(font.getName()).matches("[A-Z]{6}\\+.+");
            faces.add(font.getName().substring(7));
        }
        return faces;
    }
}

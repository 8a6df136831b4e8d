package vn.subsidyflow.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfPrinterUnitTests {

    @Test
    void printsVietnameseWithTheEmbeddedFontAndReadsBackTheSameText() throws Exception {
        byte[] pdf = new PdfPrinter().print("test-print", Locale.forLanguageTag("vi"),
                Map.of("line", "Độc lập - Tự do - Hạnh phúc: Mười lăm triệu đồng"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Độc lập - Tự do - Hạnh phúc: Mười lăm triệu đồng");
            assertThat(document.getPage(0).getResources().getFontNames()).isNotEmpty();
        }
    }
}

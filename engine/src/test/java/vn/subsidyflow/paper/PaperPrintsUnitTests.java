package vn.subsidyflow.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each kind of paper printed and read back with PDFBox: the frame of Circular 01/2018/TT-VPCP, the
 * Vietnamese title, the number, dates as dd/MM/yyyy, amounts in figures and words. A picture of
 * each paper's first page is saved under {@code target/papers/} (the README's come from there).
 */
class PaperPrintsUnitTests {

    private static final SamplePapers SAMPLE = new SamplePapers();
    private static long slowestWarmMillis;
    private static long averageWarmMillis;

    @ParameterizedTest
    @EnumSource(PaperKind.class)
    void everyPaperCarriesTheFrameOfAnAdministrativePaper(PaperKind kind) throws IOException {
        String text = text(SAMPLE.print(kind));

        assertThat(text).contains("UBND TỈNH HÀ TĨNH", "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nơi nhận:", "Công ty TNHH Hải sản Thạch Kim");
    }

    @Test
    void theReceiptListsTheDocumentsAndTheAppointment() throws IOException {
        String text = text(SAMPLE.print(PaperKind.RECEIPT));

        assertThat(text).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Số: 12/2026/TNHS",
                "Hà Tĩnh, ngày 05 tháng 12 năm 2026", "Mã số thuế: 0100233488", "Mã hồ sơ: 42",
                "Đơn đề nghị hỗ trợ", "Giấy chứng nhận đăng ký kinh doanh", "Hợp đồng tư vấn, chứng nhận", "Hóa đơn",
                "09 giờ 00 phút, ngày 05/12/2026", "Thời gian trả kết quả giải quyết hồ sơ: ngày 22/12/2026");
    }

    @Test
    void theReceiptWithoutAnAppointmentYetSaysTheProcedureDecides() throws IOException {
        SamplePapers sample = new SamplePapers();
        org.mockito.Mockito.when(sample.application.appointmentOn()).thenReturn(null);

        String text = text(sample.print(PaperKind.RECEIPT));

        assertThat(text).contains("theo thời hạn giải quyết của thủ tục").doesNotContain("22/12/2026");
    }

    @Test
    void theRequestForSupplementListsWhatIsMissingAndTheLapseDate() throws IOException {
        String text = text(SAMPLE.print(PaperKind.SUPPLEMENT_REQUEST));

        assertThat(text).contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Số: 12/2026/YCBS",
                "- Hóa đơn tài chính của hợp đồng tư vấn", "- Bản sao giấy chứng nhận ISO 9001",
                "đến hết ngày 19/12/2026", "Ngày 24/11/2026");
    }

    @Test
    void aCommentWithCharactersXmlCannotCarryStillPrints() throws IOException {
        SamplePapers sample = new SamplePapers();
        org.mockito.Mockito.when(sample.application.supplementRequest())
                .thenReturn("Hóa đơn\u0001 <b>gốc</b> & bản sao\u000B\uFFFF\uD800");

        String text = text(sample.print(PaperKind.SUPPLEMENT_REQUEST));

        assertThat(text).contains("- Hóa đơn <b>gốc</b> & bản sao");
    }

    @Test
    void theRefusalGivesTheReasons() throws IOException {
        String text = text(SAMPLE.print(PaperKind.REFUSAL));

        assertThat(text).contains("PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ", "Số: 12/2026/TCHS",
                "từ chối tiếp nhận hồ sơ", "- Trụ sở chính không đặt tại tỉnh Hà Tĩnh");
    }

    @Test
    void theApologyGivesTheNewAppointment() throws IOException {
        String text = text(SAMPLE.print(PaperKind.APOLOGY));

        assertThat(text).contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Số: 12/2026/XLHS",
                "ngày 22/12/2026", "Thời gian hẹn trả lại kết quả giải quyết hồ sơ: ngày 08/01/2027", "xin lỗi");
    }

    @Test
    void theDecisionCarriesItsLegalBasesAndTheAmountInFiguresAndWords() throws IOException {
        String text = text(SAMPLE.print(PaperKind.DECISION));

        assertThat(text).contains("QUYẾT ĐỊNH", "Về việc hỗ trợ kinh phí áp dụng hệ thống quản lý chất lượng ISO 9001",
                "Số: 125/QĐ-SKHCN", "Hà Tĩnh, ngày 03 tháng 12 năm 2026", "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ",
                "Căn cứ Nghị quyết số 95/2022/NQ-HĐND ngày 16/12/2022",
                "Căn cứ Điểm a khoản 1 Điều 4 Nghị quyết số 95/2022/NQ-HĐND",
                "mã số thuế 0100233488", "Xã Thạch Kim, tỉnh Hà Tĩnh",
                "Số tiền hỗ trợ: 15.000.000 đồng (Bằng chữ: Mười lăm triệu đồng)", "năm 2026", "(03/12/2026)");
    }

    @Test
    void thePaymentNoticeShowsTheAmountTheTrancheAndOnlyTheLastDigitsOfTheAccount() throws IOException {
        String text = text(SAMPLE.print(PaperKind.PAYMENT_NOTICE));

        assertThat(text).contains("THÔNG BÁO THANH TOÁN KINH PHÍ HỖ TRỢ", "Số: 12/2026/TBTT",
                "Quyết định số 125/QĐ-SKHCN ngày 03/12/2026", "Đợt thanh toán: 1",
                "Số tiền: 15.000.000 đồng (Bằng chữ: Mười lăm triệu đồng)", "************6789", "Vietcombank Hà Tĩnh")
                .doesNotContain("0201000123456789");
    }

    @Test
    void aWarmPaperPrintsQuickly() {
        SAMPLE.print(PaperKind.DECISION);
        long slowest = 0;
        long total = 0;
        for (int round = 0; round < 3; round++) {
            for (PaperKind kind : PaperKind.values()) {
                long start = System.nanoTime();
                SAMPLE.print(kind);
                long millis = (System.nanoTime() - start) / 1_000_000;
                slowest = Math.max(slowest, millis);
                total += millis;
            }
        }
        averageWarmMillis = total / (3 * PaperKind.values().length);
        slowestWarmMillis = slowest;
        // Every submit prints a receipt: a second would be felt by the applicant and by the test suite.
        assertThat(slowest).isLessThan(1_000);
    }

    @AfterAll
    static void savePictures() throws IOException {
        Path dir = Path.of("target", "papers");
        Files.createDirectories(dir);
        for (PaperKind kind : PaperKind.values()) {
            try (PDDocument document = Loader.loadPDF(SAMPLE.print(kind))) {
                BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 80);
                ImageIO.write(page, "png", dir.resolve(kind.name().toLowerCase().replace('_', '-') + ".png").toFile());
            }
        }
        System.out.println("Warm paper: " + averageWarmMillis + " ms on average, " + slowestWarmMillis + " ms at most");
    }

    /** The text of the PDF with its line breaks as spaces: a sentence may wrap anywhere. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}

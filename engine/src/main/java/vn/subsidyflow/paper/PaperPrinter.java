package vn.subsidyflow.paper;

import com.openhtmltopdf.util.XRLog;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.springframework.stereotype.Component;
import vn.subsidyflow.print.PdfPrinter;

/**
 * Prints a numbered paper: the frame every paper shares after the forms of Circular 01/2018/TT-VPCP
 * ({@code print/paper/paper.html}: issuing body and number at the top left, the national motto and
 * the place and date at the top right, the title, the recipients and the signature block) around the
 * body of its kind ({@code print/paper/<kind>.html}).
 */
@Component
class PaperPrinter {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final String TEMPLATE = "paper/paper";

    private static final Map<PaperKind, String[]> TITLES = Map.of(
            PaperKind.RECEIPT, new String[] {"GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", null},
            PaperKind.SUPPLEMENT_REQUEST, new String[] {"PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", null},
            PaperKind.REFUSAL, new String[] {"PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ", null},
            PaperKind.APOLOGY, new String[] {"PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", null},
            PaperKind.DECISION, new String[] {"QUYẾT ĐỊNH", "Về việc hỗ trợ kinh phí"},
            PaperKind.PAYMENT_NOTICE, new String[] {"THÔNG BÁO THANH TOÁN KINH PHÍ HỖ TRỢ", null});

    private final PdfPrinter printer;
    private final PaperSettings settings;

    PaperPrinter(PdfPrinter printer, PaperSettings settings) {
        this.printer = printer;
        this.settings = settings;
        // openhtmltopdf logs through its own JDK loggers, at INFO, every font and stylesheet of every
        // paper: thousands of lines a day at a busy desk. Its warnings and errors still show.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    byte[] print(PaperText text, String number) {
        return print(model(text, number));
    }

    /** Prints what {@link #model} gave, e.g. as it was stored when the paper was issued. */
    byte[] print(Map<String, Object> model) {
        return printer.print(TEMPLATE, VIETNAMESE, model);
    }

    /** What the frame and the body of the paper are filled with. */
    Map<String, Object> model(PaperText text, String number) {
        Map<String, Object> model = new HashMap<>();
        text.model().forEach((name, value) -> model.put(name, printable(value)));
        model.put("authority", settings.authority());
        model.put("body", settings.body());
        model.put("place", settings.place());
        model.put("signerTitle", settings.signerTitleLines());
        model.put("signerName", settings.signerName());
        model.put("number", number);
        model.put("placeAndDate", PaperFormats.placeAndDate(settings.place(), text.dated()));
        model.put("title", TITLES.get(text.kind())[0]);
        model.put("subtitle", TITLES.get(text.kind())[1]);
        model.put("template", text.template());
        return model;
    }

    /**
     * The value without the characters XML cannot carry (control characters, lone surrogates,
     * U+FFFE/U+FFFF): a comment pasted with one must not stop the paper, and with it the step, from
     * being issued. Escaping is Thymeleaf's; this only drops what no escape can write.
     */
    static Object printable(Object value) {
        if (value instanceof String text) {
            StringBuilder kept = new StringBuilder(text.length());
            text.codePoints().filter(PaperPrinter::xmlCharacter).forEach(kept::appendCodePoint);
            return kept.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(PaperPrinter::printable).toList();
        }
        return value;
    }

    private static boolean xmlCharacter(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}

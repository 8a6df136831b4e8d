package vn.subsidyflow.notice;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a notice writes amounts and dates for its reader, as {@code ${f.money(...)}} and {@code ${f.date(...)}}
 * in the templates: {@code 15.000.000 đồng} in Vietnamese, {@code 15,000,000 VND} in English; dates
 * {@code dd/MM/yyyy} in Asia/Ho_Chi_Minh for both.
 */
public final class NoticeFormats {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final boolean english;

    NoticeFormats(Locale locale) {
        this.english = "en".equals(locale.getLanguage());
    }

    public String money(Long amountVnd) {
        if (amountVnd == null) {
            return "";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(english ? ',' : '.');
        String figures = new DecimalFormat("#,##0", symbols).format(amountVnd);
        return english ? figures + " VND" : figures + " đồng";
    }

    public String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ZONE));
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }
}

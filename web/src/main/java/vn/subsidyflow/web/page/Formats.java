package vn.subsidyflow.web.page;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.catalog.SupportItem;

/**
 * How the pages write money and dates: {@code 15.000.000 ₫} in Vietnamese, {@code 15,000,000 VND}
 * in English; dates {@code dd/MM/yyyy} in the province's time zone. Used in templates as {@code @fmt}.
 */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public String money(Long amountVnd) {
        return amountVnd == null ? "—" : money(amountVnd.longValue(), LocaleContextHolder.getLocale());
    }

    public static String money(long amountVnd, Locale locale) {
        boolean english = isEnglish(locale);
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(english ? ',' : '.');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        return format.format(amountVnd) + (english ? " VND" : " ₫");
    }

    /** A plain grouped number, for form fields. */
    public String number(Long amountVnd) {
        if (amountVnd == null) {
            return "";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(isEnglish(LocaleContextHolder.getLocale()) ? ',' : '.');
        return new DecimalFormat("#,##0", symbols).format(amountVnd);
    }

    public String date(Instant instant) {
        return instant == null ? "—" : DATE.format(instant.atZone(WorkingDayCalendar.ZONE));
    }

    public String date(LocalDate day) {
        return day == null ? "—" : DATE.format(day);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "—" : DATE_TIME.format(instant.atZone(WorkingDayCalendar.ZONE));
    }

    public String itemName(SupportItem item) {
        return isEnglish(LocaleContextHolder.getLocale()) ? item.nameEn() : item.nameVi();
    }

    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes / 1024) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    public boolean english() {
        return isEnglish(LocaleContextHolder.getLocale());
    }

    static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}

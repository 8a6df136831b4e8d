package vn.subsidyflow.web.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.subsidyflow.report.PeriodReport;

/**
 * The report in words, as the Department writes it ("Giai đoạn 2020–2025, đã hỗ trợ 198 cơ sở sản
 * xuất, kinh doanh với tổng kinh phí 14.161.000.000 đồng"): written once for the page, the PDF and
 * the spreadsheet, in the reader's language, with numbers grouped as that language groups them.
 */
record ReportText(String title, String period, String businessesSentence, String approvedSentence, String ledgerSentence) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static ReportText of(PeriodReport r, MessageSource messages, Locale locale) {
        String period = period(r.from(), r.to(), messages, locale);
        String businesses = messages.getMessage("report.sentence.businesses",
                new Object[] {period, grouped(r.businesses(), locale), grouped(r.paidVnd(), locale)}, locale);
        String approved = messages.getMessage("report.sentence.approved",
                new Object[] {grouped(r.dossiers(), locale), grouped(r.approvedVnd(), locale)}, locale);
        String ledger = r.ledger() == null ? "" : messages.getMessage(r.ledger().matches() ? "report.sentence.ledgerMatches"
                : "report.sentence.ledgerDiffers", new Object[] {grouped(r.ledger().disbursedVnd(), locale),
                grouped(r.ledger().clawedBackVnd(), locale), grouped(r.ledger().netPaidVnd(), locale)}, locale);
        return new ReportText(messages.getMessage("report.title", null, locale), period, businesses, approved, ledger);
    }

    /** "Giai đoạn 2021–2025", "Năm 2025" or "Từ ngày 01/03/2025 đến ngày 30/06/2025". */
    static String period(LocalDate from, LocalDate to, MessageSource messages, Locale locale) {
        boolean wholeYears = MonthDay.from(from).equals(MonthDay.of(1, 1)) && MonthDay.from(to).equals(MonthDay.of(12, 31));
        if (wholeYears && from.getYear() == to.getYear()) {
            return messages.getMessage("report.period.year", new Object[] {String.valueOf(from.getYear())}, locale);
        }
        if (wholeYears) {
            return messages.getMessage("report.period.years", new Object[] {String.valueOf(from.getYear()),
                    String.valueOf(to.getYear())}, locale);
        }
        return messages.getMessage("report.period.dates", new Object[] {DAY.format(from), DAY.format(to)}, locale);
    }

    /** 14.161.000.000 in Vietnamese, 14,161,000,000 in English. */
    static String grouped(long value, Locale locale) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator("en".equals(locale.getLanguage()) ? ',' : '.');
        return new DecimalFormat("#,##0", symbols).format(value);
    }
}

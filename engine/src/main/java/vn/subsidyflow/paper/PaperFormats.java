package vn.subsidyflow.paper;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** How a paper writes dates, amounts and account numbers: as Vietnamese administrative papers do. */
final class PaperFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private PaperFormats() {
    }

    /** {@code 05/12/2026}, in the body of a paper. */
    static String date(LocalDate day) {
        return day == null ? null : DATE.format(day);
    }

    /** {@code Hà Tĩnh, ngày 05 tháng 12 năm 2026}, under the motto. */
    static String placeAndDate(String place, LocalDate day) {
        return "%s, ngày %02d tháng %02d năm %d".formatted(place, day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }

    /** {@code 15.000.000 đồng}: dots between thousands, as in Vietnamese. */
    static String amount(long amountVnd) {
        return String.format(java.util.Locale.ROOT, "%,d", amountVnd).replace(',', '.') + " đồng";
    }

    /** An account number shown only by its last four digits, so a printed or mailed paper does not carry it whole. */
    static String masked(String accountNumber) {
        if (accountNumber == null || accountNumber.isBlank()) {
            return "";
        }
        String number = accountNumber.strip();
        int shown = Math.min(4, number.length());
        return "*".repeat(number.length() - shown) + number.substring(number.length() - shown);
    }
}

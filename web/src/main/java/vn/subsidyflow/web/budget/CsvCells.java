package vn.subsidyflow.web.budget;

/**
 * Text cells of a CSV export made safe to open in a spreadsheet: a cell that starts with a
 * character a spreadsheet reads as the start of a formula ({@code = + - @}, tab, carriage return,
 * or their full-width forms) gets a leading single quote, so {@code =HYPERLINK(...)} in a reason is
 * shown as text, never evaluated (OWASP's advice against CSV injection). Only text that people typed
 * goes through here: numbers (whole-đồng amounts, ids), enums and timestamps are written as they
 * are, since a quote would turn a number into text — and they cannot start with a formula.
 */
public final class CsvCells {

    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    private CsvCells() {
    }

    /** The text as a safe cell; null stays null (an empty cell). */
    public static String text(String value) {
        if (value == null || value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0) {
            return value;
        }
        return "'" + value;
    }
}

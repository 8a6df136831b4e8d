package vn.subsidyflow.report;

import java.time.LocalDate;
import java.time.YearMonth;
import vn.subsidyflow.application.SupportedApplication;
import vn.subsidyflow.catalog.Category;

/**
 * A date period cut into the whole months inside it ({@code wholeFrom} … {@code wholeTo}, month keys
 * {@code year * 100 + month}, read from the tally; none when {@code wholeFrom > wholeTo}) and the
 * part-months at its edges ({@code lead}: from {@code from} to the end of its month; {@code trail}:
 * from the first of {@code to}'s month to {@code to}; each {@code null} when absent), counted from the
 * dossiers over the covering index on the decision date. Days are the decision dates as recorded
 * (the Department's days, Asia/Ho_Chi_Minh), and the tally's decision month is the month of that same
 * date, so the cut loses and doubles no dossier. A period with no whole month inside is one edge:
 * {@code lead} from {@code from} to {@code to}.
 * <p>
 * {@code tallyCategory} is the tally's category key for the report's category ({@code ''}: all);
 * {@code wholeFromDay} … {@code wholeToDay} are the whole months' first and last days (the edges ask
 * the dossiers whether a business was decided in them; {@code null} without whole months).
 */
record PeriodSplit(LocalDate leadFrom, LocalDate leadTo, LocalDate trailFrom, LocalDate trailTo, int wholeFrom, int wholeTo,
                   Category category, String tallyCategory, LocalDate wholeFromDay, LocalDate wholeToDay) {

    static PeriodSplit of(LocalDate from, LocalDate to, Category category) {
        YearMonth fromMonth = YearMonth.from(from);
        YearMonth toMonth = YearMonth.from(to);
        YearMonth first = from.getDayOfMonth() == 1 ? fromMonth : fromMonth.plusMonths(1);
        YearMonth last = to.equals(toMonth.atEndOfMonth()) ? toMonth : toMonth.minusMonths(1);
        String tallyCategory = category == null ? TallyGroup.ALL_CATEGORIES : category.name();
        if (first.isAfter(last)) {
            // No whole month to read: every dossier of the period is at the edge (and none is in the tally's part).
            int none = key(first);
            return new PeriodSplit(from, to, null, null, none, none - 1, category, tallyCategory, null, null);
        }
        boolean lead = fromMonth.isBefore(first);
        boolean trail = toMonth.isAfter(last);
        return new PeriodSplit(lead ? from : null, lead ? fromMonth.atEndOfMonth() : null, trail ? toMonth.atDay(1) : null,
                trail ? to : null, key(first), key(last), category, tallyCategory, first.atDay(1), last.atEndOfMonth());
    }

    private static int key(YearMonth month) {
        return SupportedApplication.month(month.atDay(1));
    }

    /** Whole months only: the tally answers it alone. */
    boolean wholeMonths() {
        return leadFrom == null && trailFrom == null;
    }

    boolean hasWholeMonths() {
        return wholeFrom <= wholeTo;
    }
}

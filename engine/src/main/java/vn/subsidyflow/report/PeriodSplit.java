package vn.subsidyflow.report;

import java.time.LocalDate;
import java.time.MonthDay;
import vn.subsidyflow.catalog.Category;

/**
 * A date period cut into the whole years inside it ({@code wholeFrom} … {@code wholeTo}, read from the
 * tally; none when {@code wholeFrom > wholeTo}) and the part-years at its edges ({@code lead}: from
 * {@code from} to the end of its year; {@code trail}: from the start of {@code to}'s year to {@code to};
 * each {@code null} when absent), counted from the dossiers over the covering index on the decision
 * date. Days are the decision dates as recorded (the Department's days, Asia/Ho_Chi_Minh), and
 * the tally's decision year is the year of that same date, so the cut loses and doubles no dossier.
 * A period with no whole year inside is one edge: {@code lead} from {@code from} to {@code to}.
 * <p>
 * {@code tallyCategory} is the tally's category key for the report's category ({@code ''}: all).
 */
record PeriodSplit(LocalDate leadFrom, LocalDate leadTo, LocalDate trailFrom, LocalDate trailTo, int wholeFrom, int wholeTo,
                   Category category, String tallyCategory) {

    private static final MonthDay FIRST_DAY = MonthDay.of(1, 1);
    private static final MonthDay LAST_DAY = MonthDay.of(12, 31);

    static PeriodSplit of(LocalDate from, LocalDate to, Category category) {
        int wholeFrom = MonthDay.from(from).equals(FIRST_DAY) ? from.getYear() : from.getYear() + 1;
        int wholeTo = MonthDay.from(to).equals(LAST_DAY) ? to.getYear() : to.getYear() - 1;
        String tallyCategory = category == null ? TallyGroup.ALL_CATEGORIES : category.name();
        if (wholeFrom > wholeTo) {
            // No whole year to read: every dossier of the period is at the edge (and none is in the tally's part).
            return new PeriodSplit(from, to, null, null, wholeFrom, wholeFrom - 1, category, tallyCategory);
        }
        boolean lead = from.getYear() < wholeFrom;
        boolean trail = to.getYear() > wholeTo;
        return new PeriodSplit(lead ? from : null, lead ? LocalDate.of(from.getYear(), 12, 31) : null,
                trail ? LocalDate.of(to.getYear(), 1, 1) : null, trail ? to : null, wholeFrom, wholeTo, category, tallyCategory);
    }

    /** Whole years only: the tally answers it alone. */
    boolean wholeYears() {
        return leadFrom == null && trailFrom == null;
    }

    boolean hasWholeYears() {
        return wholeFrom <= wholeTo;
    }
}

package vn.subsidyflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.subsidyflow.database.MapperTestSupport;

class HolidayMapperTests extends MapperTestSupport {

    // A year no migration seeds, so the range holds only what the test writes.
    private static final LocalDate NEW_YEAR = LocalDate.of(2091, 1, 1);

    @Autowired
    HolidayMapper holidays;

    @Test
    void insertedHolidaysAreFoundInTheirRangeInDayOrderAndDeletedByDay() {
        holidays.insert(new Holiday(NEW_YEAR.plusDays(1), "Nghỉ bù", "Substitute day"));
        holidays.insert(new Holiday(NEW_YEAR, "Tết Dương lịch", "New Year's Day"));

        assertThat(holidays.findBetween(NEW_YEAR, NEW_YEAR.plusDays(1))).containsExactly(
                new Holiday(NEW_YEAR, "Tết Dương lịch", "New Year's Day"),
                new Holiday(NEW_YEAR.plusDays(1), "Nghỉ bù", "Substitute day"));
        assertThat(holidays.findBetween(NEW_YEAR.plusDays(2), NEW_YEAR.plusDays(30))).isEmpty();

        assertThat(holidays.delete(NEW_YEAR)).isEqualTo(1);
        assertThat(holidays.delete(NEW_YEAR)).isZero();
        assertThat(holidays.findBetween(NEW_YEAR, NEW_YEAR.plusDays(1))).extracting(Holiday::day)
                .containsExactly(NEW_YEAR.plusDays(1));
    }

    @Test
    void anUpsertAddsADayOrReplacesItsNames() {
        holidays.upsert(new Holiday(NEW_YEAR, "Tết", "New Year"));
        holidays.upsert(new Holiday(NEW_YEAR, "Tết Dương lịch", "New Year's Day"));
        assertThat(holidays.findBetween(NEW_YEAR, NEW_YEAR)).containsExactly(new Holiday(NEW_YEAR, "Tết Dương lịch", "New Year's Day"));
    }
}

package vn.subsidyflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.subsidyflow.database.Transactions;

class WorkingDayCalendarUnitTests {

    private final HolidayMapper holidays = mock(HolidayMapper.class);
    // Friday 30 January 2026, 10:00 in Hà Nội.
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-30T03:00:00Z"), ZoneOffset.UTC);
    private final WorkingDayCalendar calendar = new WorkingDayCalendar(holidays, clock, mock(Transactions.class));

    @Test
    void shouldSkipWeekendsAndHolidays() {
        when(holidays.findBetween(any(), any())).thenReturn(List.of(
                new Holiday(LocalDate.of(2026, 2, 16), "Tết", "Lunar New Year"),
                new Holiday(LocalDate.of(2026, 2, 17), "Tết", "Lunar New Year")));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 1, 30), 1)).isEqualTo(LocalDate.of(2026, 2, 2));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 18));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 9), 10)).isEqualTo(LocalDate.of(2026, 2, 25));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 9), LocalDate.of(2026, 2, 25))).isEqualTo(10);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 25), LocalDate.of(2026, 2, 9))).isEqualTo(-10);
    }

    @Test
    void shouldMakeAStepDueAtTheEndOfTheOfficeDayInHanoiTime() {
        when(holidays.findBetween(any(), any())).thenReturn(List.of());
        Deadlines deadlines = new Deadlines(calendar, DeadlineSettings.defaults());
        // Friday + 5 working days = the next Friday, 17:00 +07:00 = 10:00 UTC.
        assertThat(deadlines.due("intake")).isEqualTo(Date.from(Instant.parse("2026-02-06T10:00:00Z")));
        assertThat(calendar.today()).isEqualTo(LocalDate.of(2026, 1, 30));
    }

    @Test
    void shouldReadAYearsHolidaysOnceAndAgainAfterTheyChange() {
        Transactions inPlace = mock(Transactions.class);
        doAnswer(call -> {
            ((Runnable) call.getArgument(0)).run();
            return null;
        }).when(inPlace).run(any());
        WorkingDayCalendar cached = new WorkingDayCalendar(holidays, clock, inPlace,
                new CalendarSettings(java.time.Duration.ofHours(1)));
        LocalDate newYear = LocalDate.of(2026, 1, 1);
        LocalDate yearEnd = LocalDate.of(2026, 12, 31);
        when(holidays.findBetween(newYear, yearEnd)).thenReturn(List.of());

        assertThat(cached.isWorkingDay(LocalDate.of(2026, 9, 2))).isTrue();
        assertThat(cached.addWorkingDays(LocalDate.of(2026, 8, 31), 3)).isEqualTo(LocalDate.of(2026, 9, 3));
        verify(holidays, times(1)).findBetween(eq(newYear), eq(yearEnd));

        when(holidays.findBetween(newYear, yearEnd)).thenReturn(List.of(new Holiday(LocalDate.of(2026, 9, 2), "Quốc khánh", "National Day")));
        cached.addHoliday(new Holiday(LocalDate.of(2026, 9, 2), "Quốc khánh", "National Day"));

        assertThat(cached.isWorkingDay(LocalDate.of(2026, 9, 2))).as("the change is seen at once").isFalse();
        assertThat(cached.addWorkingDays(LocalDate.of(2026, 8, 31), 3)).isEqualTo(LocalDate.of(2026, 9, 4));
        verify(holidays, times(2)).findBetween(eq(newYear), eq(yearEnd));
    }

    @Test
    void shouldReadTheTableEveryTimeWithoutACache() {
        WorkingDayCalendar uncached = new WorkingDayCalendar(holidays, clock, mock(Transactions.class),
                new CalendarSettings(java.time.Duration.ZERO));
        when(holidays.findBetween(any(), any())).thenReturn(List.of());

        uncached.isWorkingDay(LocalDate.of(2026, 9, 2));
        uncached.isWorkingDay(LocalDate.of(2026, 9, 3));

        verify(holidays, times(2)).findBetween(any(), any());
    }
}

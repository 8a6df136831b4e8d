package vn.subsidyflow.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.statistics.StatisticsMapper.ReceivedRow;
import vn.subsidyflow.statistics.StatisticsMapper.SettledRow;
import vn.subsidyflow.statistics.StatisticsMapper.StepSpanRow;

class StatisticsUnitTests {

    private final StatisticsMapper mapper = mock(StatisticsMapper.class);
    private final WorkingDayCalendar calendar = mock(WorkingDayCalendar.class);
    private final Statistics statistics = new Statistics(mapper, calendar,
            Clock.fixed(Instant.parse("2026-11-29T03:00:00Z"), ZoneOffset.UTC));

    @Test
    void shouldCoverTheTwelveMonthsEndingWithThisOneByDefault() {
        when(calendar.today()).thenReturn(LocalDate.of(2026, 11, 29));

        LeaderStatistics stats = statistics.of(null, null);

        assertThat(stats.from()).isEqualTo(YearMonth.of(2025, 12));
        assertThat(stats.to()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(stats.months()).hasSize(12);
        assertThat(stats.onTime().ratePct()).isNull();
    }

    @Test
    void shouldRefuseAReversedTooLongOrOutOfRangePeriod() {
        for (YearMonth[] period : new YearMonth[][] {
                {YearMonth.of(2026, 5), YearMonth.of(2026, 4)},
                {YearMonth.of(2020, 1), YearMonth.of(2025, 1)},
                {YearMonth.of(1999, 12), YearMonth.of(2000, 1)}}) {
            assertThatThrownBy(() -> statistics.of(period[0], period[1])).isInstanceOf(DomainFailure.class)
                    .extracting(e -> ((DomainFailure) e).failureCode()).isEqualTo(FailureCode.INVALID_PERIOD);
        }
    }

    @Test
    void shouldAddUpTheGroupedRowsIntoReceivedInProgressDoneAndTheOnTimeRate() {
        when(mapper.received(any(), any())).thenReturn(List.of(
                new ReceivedRow("2026-01", "IN_APPRAISAL", "MANAGEMENT_SYSTEM", 3),
                new ReceivedRow("2026-01", "PAID", "MANAGEMENT_SYSTEM", 2),
                new ReceivedRow("2026-02", "REFUSED", "INTELLECTUAL_PROPERTY", 1),
                new ReceivedRow("2026-02", "WITHDRAWN", "INTELLECTUAL_PROPERTY", 1)));
        when(mapper.settled(any(), any(), anyCollection())).thenReturn(List.of(
                new SettledRow("2026-01", "MANAGEMENT_SYSTEM", 4, 3, 2),
                new SettledRow("2026-02", "INTELLECTUAL_PROPERTY", 2, 1, 1)));

        LeaderStatistics stats = statistics.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2));

        assertThat(stats.received()).isEqualTo(7);
        assertThat(stats.inProgress()).isEqualTo(3);
        assertThat(stats.done()).isEqualTo(3);
        assertThat(stats.withdrawn()).isEqualTo(1);
        assertThat(stats.byStatus()).extracting(LeaderStatistics.StatusCount::status)
                .containsExactly("IN_APPRAISAL", "PAID", "REFUSED", "WITHDRAWN");
        assertThat(stats.onTime()).isEqualTo(new LeaderStatistics.OnTime(6, 4, 3, 75.0));
        assertThat(stats.onTime().withoutAppointment()).isEqualTo(2);
        assertThat(stats.months()).extracting(LeaderStatistics.MonthCount::received, LeaderStatistics.MonthCount::onTimePct)
                .containsExactly(tuple(5L, 66.7), tuple(2L, 100.0));
    }

    @Test
    void shouldAverageEachStepInWorkingDays() {
        // Monday 2 to Friday 6 February: 4 working days; Friday 6 to Monday 9: 1.
        when(mapper.stepSpans(any(), any(), anyCollection())).thenReturn(List.of(
                new StepSpanRow("INTAKE", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 6), 2),
                new StepSpanRow("INTAKE", LocalDate.of(2026, 2, 6), LocalDate.of(2026, 2, 9), 1),
                new StepSpanRow("APPRAISAL", LocalDate.of(2026, 2, 6), LocalDate.of(2026, 2, 9), 1)));
        when(calendar.workingDaysBetween(any(), any())).thenAnswer(call -> weekdaysBetween(call.getArgument(0), call.getArgument(1)));

        LeaderStatistics stats = statistics.of(YearMonth.of(2026, 2), YearMonth.of(2026, 2));

        assertThat(stats.steps()).extracting(LeaderStatistics.StepTime::step, LeaderStatistics.StepTime::completed,
                        LeaderStatistics.StepTime::averageWorkingDays)
                .containsExactly(tuple("intake", 3L, 3.0),
                        tuple("appraisal", 1L, 1.0));
    }

    private static int weekdaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            count += day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : 1;
        }
        return count;
    }
}

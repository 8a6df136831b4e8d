package vn.subsidyflow.statistics;

import java.time.YearMonth;
import java.util.List;

/**
 * The procedure's figures for the months {@code from} … {@code to} (Hà Tĩnh time): dossiers filed
 * in them (received), of which still in progress, settled ({@code done}) or withdrawn; by status
 * and category; the on-time rate of the dossiers settled in them; average working days per step;
 * open tasks overdue now; and each month's figures for the charts.
 */
public record LeaderStatistics(YearMonth from, YearMonth to, long received, long inProgress, long done, long withdrawn,
                               List<StatusCount> byStatus, List<CategoryCount> byCategory, OnTime onTime,
                               List<StepTime> steps, Overdue overdue, List<MonthCount> months) {

    public record StatusCount(String status, long dossiers) {
    }

    public record CategoryCount(String category, long received, long inProgress, long done) {
    }

    /**
     * Dossiers settled in the period; of them, those with an appointment day, and those settled on
     * or before it. {@code ratePct} is {@code onTime / withAppointment} in percent (one decimal),
     * null when no settled dossier had an appointment. Dossiers without one are not judged.
     */
    public record OnTime(long settled, long withAppointment, long onTime, Double ratePct) {

        public long withoutAppointment() {
            return settled - withAppointment;
        }

        static OnTime of(long settled, long withAppointment, long onTime) {
            return new OnTime(settled, withAppointment, onTime,
                    withAppointment == 0 ? null : Math.round(1000.0 * onTime / withAppointment) / 10.0);
        }
    }

    /** A step's completions in the period and their average length in working days (one decimal). */
    public record StepTime(String step, long completed, double averageWorkingDays) {
    }

    public record Overdue(long tasks, List<StepCount> bySteps) {
    }

    public record StepCount(String step, long tasks) {
    }

    public record MonthCount(YearMonth month, long received, long settled, long withAppointment, long onTime, Double onTimePct) {
    }
}

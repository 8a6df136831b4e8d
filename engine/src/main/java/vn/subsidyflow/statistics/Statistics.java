package vn.subsidyflow.statistics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import vn.subsidyflow.application.ApplicationStatus;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.statistics.LeaderStatistics.CategoryCount;
import vn.subsidyflow.statistics.LeaderStatistics.MonthCount;
import vn.subsidyflow.statistics.LeaderStatistics.OnTime;
import vn.subsidyflow.statistics.LeaderStatistics.Overdue;
import vn.subsidyflow.statistics.LeaderStatistics.StatusCount;
import vn.subsidyflow.statistics.LeaderStatistics.StepCount;
import vn.subsidyflow.statistics.LeaderStatistics.StepTime;
import vn.subsidyflow.statistics.StatisticsMapper.ReceivedRow;
import vn.subsidyflow.statistics.StatisticsMapper.SettledRow;
import vn.subsidyflow.statistics.StatisticsMapper.StepSpanRow;
import vn.subsidyflow.workflow.Step;
import vn.subsidyflow.workflow.StepOutcome;

/**
 * The leaders' statistics of the procedure over whole months. The database groups; this class only
 * adds up the grouped rows (a few hundred at most), so the cost follows the months asked for, not
 * the number of dossiers. A settled dossier is one that ended with an answer from the Department
 * (paid, refused, rejected, lapsed, …): every ending but withdrawal.
 */
@Service
public class Statistics {

    /** The longest span one request may cover: five years of months. */
    static final int MAX_MONTHS = 60;

    private final StatisticsMapper mapper;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    Statistics(StatisticsMapper mapper, WorkingDayCalendar calendar, Clock clock) {
        this.mapper = mapper;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The twelve months ending with the current one. */
    public LeaderStatistics lastTwelveMonths() {
        YearMonth now = YearMonth.from(calendar.today());
        return of(now.minusMonths(11), now);
    }

    /** The months {@code from} … {@code to}, both included; either missing means the last twelve months' end. */
    public LeaderStatistics of(YearMonth from, YearMonth to) {
        YearMonth end = to != null ? to : from != null ? from.plusMonths(11) : YearMonth.from(calendar.today());
        YearMonth start = from != null ? from : end.minusMonths(11);
        check(start, end);
        Instant fromAt = start.atDay(1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
        Instant toAt = end.plusMonths(1).atDay(1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant();

        Map<YearMonth, long[]> months = new TreeMap<>();
        for (YearMonth m = start; !m.isAfter(end); m = m.plusMonths(1)) {
            months.put(m, new long[4]);
        }
        Map<String, Long> byStatus = new LinkedHashMap<>();
        Map<String, long[]> byCategory = new TreeMap<>();
        long received = 0;
        long inProgress = 0;
        long done = 0;
        long withdrawn = 0;
        for (ReceivedRow row : mapper.received(fromAt, toAt)) {
            received += row.dossiers();
            byStatus.merge(row.status(), row.dossiers(), Long::sum);
            long[] category = byCategory.computeIfAbsent(row.category(), c -> new long[3]);
            category[0] += row.dossiers();
            String state = stateOf(row.status());
            switch (state) {
                case "done" -> {
                    done += row.dossiers();
                    category[2] += row.dossiers();
                }
                case "withdrawn" -> withdrawn += row.dossiers();
                default -> {
                    inProgress += row.dossiers();
                    category[1] += row.dossiers();
                }
            }
            months.get(YearMonth.parse(row.month()))[0] += row.dossiers();
        }
        long settled = 0;
        long withAppointment = 0;
        long onTime = 0;
        for (SettledRow row : mapper.settled(fromAt, toAt, settledStatuses())) {
            settled += row.settled();
            withAppointment += row.withAppointment();
            onTime += row.onTime();
            long[] month = months.get(YearMonth.parse(row.month()));
            month[1] += row.settled();
            month[2] += row.withAppointment();
            month[3] += row.onTime();
        }
        return new LeaderStatistics(start, end, received, inProgress, done, withdrawn,
                byStatus.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparingInt(Statistics::statusOrder)))
                        .map(e -> new StatusCount(e.getKey(), e.getValue())).toList(),
                byCategory.entrySet().stream().map(e -> new CategoryCount(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                        .toList(),
                OnTime.of(settled, withAppointment, onTime), steps(fromAt, toAt), overdue(),
                months.entrySet().stream().map(e -> {
                    long[] m = e.getValue();
                    OnTime rate = OnTime.of(m[1], m[2], m[3]);
                    return new MonthCount(e.getKey(), m[0], m[1], m[2], m[3], rate.ratePct());
                }).toList());
    }

    private static void check(YearMonth from, YearMonth to) {
        if (from.getYear() < 2000 || to.getYear() > 2100) {
            throw new DomainFailure(FailureCode.INVALID_PERIOD, "Months run from 2000-01 to 2100-12");
        }
        if (to.isBefore(from) || ChronoUnit.MONTHS.between(from, to) >= MAX_MONTHS) {
            throw new DomainFailure(FailureCode.INVALID_PERIOD,
                    "to must not be before from, and a span covers at most " + MAX_MONTHS + " months");
        }
    }

    /** Every ending with the Department's answer: the terminal statuses but withdrawal. */
    static List<String> settledStatuses() {
        return Arrays.stream(ApplicationStatus.values()).filter(s -> s.isTerminal() && s != ApplicationStatus.WITHDRAWN)
                .map(Enum::name).toList();
    }

    private static String stateOf(String status) {
        if (ApplicationStatus.WITHDRAWN.name().equals(status)) {
            return "withdrawn";
        }
        return settledStatuses().contains(status) ? "done" : "inProgress";
    }

    private static int statusOrder(String status) {
        return Arrays.stream(ApplicationStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .map(Enum::ordinal).orElse(Integer.MAX_VALUE);
    }

    /**
     * Average working days per step. The database returns one row per (step, first day, last day);
     * working days between two days are W(last) − W(first) for W counted once from the earliest
     * day, so the calendar is asked once per distinct day, not once per completion.
     */
    private List<StepTime> steps(Instant fromAt, Instant toAt) {
        List<String> actions = Arrays.stream(StepOutcome.values()).map(StepOutcome::auditAction).toList();
        List<StepSpanRow> rows = mapper.stepSpans(fromAt, toAt, actions);
        if (rows.isEmpty()) {
            return List.of();
        }
        TreeSet<LocalDate> days = new TreeSet<>();
        rows.forEach(row -> {
            days.add(row.startedOn());
            days.add(row.endedOn());
        });
        LocalDate origin = days.first();
        Map<LocalDate, Integer> counted = new HashMap<>();
        days.forEach(day -> counted.put(day, calendar.workingDaysBetween(origin, day)));
        Map<Step, long[]> totals = new LinkedHashMap<>();
        Arrays.stream(Step.values()).forEach(step -> totals.put(step, new long[2]));
        for (StepSpanRow row : rows) {
            Step step = stepOf(row.step());
            if (step == null) {
                continue;
            }
            long[] total = totals.get(step);
            total[0] += row.completed();
            total[1] += row.completed() * Math.max(0, counted.get(row.endedOn()) - counted.get(row.startedOn()));
        }
        List<StepTime> steps = new ArrayList<>();
        totals.forEach((step, total) -> {
            if (total[0] > 0) {
                steps.add(new StepTime(step.key(), total[0], Math.round(10.0 * total[1] / total[0]) / 10.0));
            }
        });
        return steps;
    }

    /** Audit actions name the step in capitals (STEP:OUTCOME). */
    private static Step stepOf(String prefix) {
        return Arrays.stream(Step.values()).filter(s -> s.key().equalsIgnoreCase(prefix)).findFirst().orElse(null);
    }

    private Overdue overdue() {
        List<StepCount> bySteps = mapper.overdue(clock.instant()).stream()
                .map(row -> new StepCount(row.step(), row.tasks())).sorted((a, b) -> Long.compare(b.tasks(), a.tasks())).toList();
        return new Overdue(bySteps.stream().mapToLong(StepCount::tasks).sum(), bySteps);
    }
}

package vn.subsidyflow.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/**
 * Counts working days: Monday to Friday, less the holidays table. Legal deadlines are counted in
 * working days in the province's time zone. Every due date reads the holidays, so they are kept per
 * year in memory ({@link CalendarSettings#holidayCache()}): a change on this node forgets the year
 * at once and again after its commit (a read racing the change cannot keep the old list), and
 * other nodes read it again once their copy expires.
 */
@Service
@EnableConfigurationProperties(CalendarSettings.class)
public class WorkingDayCalendar {

    /** The Department's time zone: days start and end here, whatever the server's zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final HolidayMapper holidays;
    private final Clock clock;
    private final Transactions transactions;
    private final long cacheNanos;
    private final ConcurrentMap<Integer, CachedYear> years = new ConcurrentHashMap<>();
    /** Moves on every change: a year read before a change is not kept after it. */
    private final AtomicLong changes = new AtomicLong();

    private record CachedYear(Set<LocalDate> days, long readAtNanos) {
    }

    WorkingDayCalendar(HolidayMapper holidays, Clock clock, Transactions transactions) {
        this(holidays, clock, transactions, CalendarSettings.defaults());
    }

    @Autowired
    WorkingDayCalendar(HolidayMapper holidays, Clock clock, Transactions transactions, CalendarSettings settings) {
        this.holidays = holidays;
        this.clock = clock;
        this.transactions = transactions;
        this.cacheNanos = settings.holidayCache().toNanos();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The date {@code workingDays} working days after {@code start} (the start day itself not counted). */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative");
        }
        // Holidays are sparse: one read covers the span even with Tết and weekends in it.
        Set<LocalDate> off = holidayDays(start, start.plusDays(workingDays * 2L + 30));
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day, off)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days from {@code from} (exclusive) to {@code to} (inclusive); negative when {@code to} is earlier. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        Set<LocalDate> off = holidayDays(from, to);
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day, off)) {
                count++;
            }
        }
        return count;
    }

    public boolean isWorkingDay(LocalDate day) {
        return isWorkingDay(day, holidayDays(day, day));
    }

    public List<Holiday> holidays(int year) {
        return holidays.findBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public void addHoliday(Holiday holiday) {
        if (holiday.day() == null || blank(holiday.nameVi()) || blank(holiday.nameEn())) {
            throw new DomainFailure(FailureCode.INVALID_HOLIDAY, "A holiday needs a day and a name in Vietnamese and English");
        }
        transactions.run(() -> {
            try {
                holidays.insert(holiday);
                changed(holiday.day().getYear());
            } catch (DuplicateKeyException e) {
                // Caught inside the command: an existing holiday is the admin's mistake, not a race to retry.
                throw new DomainFailure(FailureCode.HOLIDAY_EXISTS, holiday.day() + " is already a holiday");
            }
        });
    }

    public void removeHoliday(LocalDate day) {
        transactions.run(() -> {
            if (holidays.delete(day) == 0) {
                throw DomainFailure.notFound(FailureCode.HOLIDAY_NOT_FOUND, day);
            }
            changed(day.getYear());
        });
    }

    /**
     * Imports a year's list all or nothing: every row is checked first ({@link HolidayImport}); then,
     * in one transaction, new days are added and the names of days already in the calendar are
     * replaced by the file's. Days of the year absent from the file stay: an announced swap day
     * added by hand is not lost by importing the Government's list.
     */
    public HolidayImport.Result importHolidays(int year, java.util.List<HolidayImport.Row> rows) {
        java.util.List<Holiday> imported = HolidayImport.check(year, rows);
        return transactions.inTransaction(() -> {
            // Read from the table, not the cache: what the import replaces must be what is there now.
            Set<LocalDate> existing = holidays.findBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                    .map(Holiday::day).collect(Collectors.toSet());
            int added = 0;
            for (Holiday holiday : imported) {
                holidays.upsert(holiday);
                added += existing.contains(holiday.day()) ? 0 : 1;
            }
            changed(year);
            return new HolidayImport.Result(year, added, imported.size() - added);
        });
    }

    private Set<LocalDate> holidayDays(LocalDate from, LocalDate to) {
        Set<LocalDate> days = new HashSet<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            for (LocalDate day : holidaysOf(year)) {
                if (!day.isBefore(from) && !day.isAfter(to)) {
                    days.add(day);
                }
            }
        }
        return days;
    }

    private Set<LocalDate> holidaysOf(int year) {
        long now = System.nanoTime();
        CachedYear cached = years.get(year);
        if (cached != null && now - cached.readAtNanos() < cacheNanos) {
            return cached.days();
        }
        long changesBefore = changes.get();
        Set<LocalDate> days = holidays.findBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(Holiday::day).collect(Collectors.toUnmodifiableSet());
        if (changes.get() == changesBefore) {
            years.put(year, new CachedYear(days, now));
        }
        return days;
    }

    /** The year's holidays changed in the current command: forget them now, and again once it commits. */
    private void changed(int year) {
        forget(year);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget(year);
                }
            });
        }
    }

    private void forget(int year) {
        changes.incrementAndGet();
        years.remove(year);
    }

    private static boolean isWorkingDay(LocalDate day, Set<LocalDate> off) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !off.contains(day);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

package vn.subsidyflow.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/**
 * A year's holidays as read from a file, checked whole before anything is written: every row must
 * be a day of that year (yyyy-MM-dd) with a Vietnamese and an English name of at most 200
 * characters, and no day may come twice. One bad row refuses the whole file, and the refusal
 * names every bad row (its line in the file, the field and why), so the administrator fixes the
 * file once rather than row by row.
 */
public final class HolidayImport {

    /** One row as typed: the line of the file it came from and its three cells. */
    public record Row(int line, String day, String nameVi, String nameEn) {
    }

    /** What an import did: days that were not holidays yet, and days whose names it replaced. */
    public record Result(int year, int added, int updated) {
    }

    static final int MAX_NAME = 200;
    /** A year has at most 366 days; a longer file is not a year's list. */
    static final int MAX_ROWS = 366;

    private HolidayImport() {
    }

    /** The holidays of the rows, or a refusal naming each bad row. */
    public static List<Holiday> check(int year, List<Row> rows) {
        if (rows.isEmpty() || rows.size() > MAX_ROWS) {
            throw new DomainFailure(FailureCode.INVALID_HOLIDAY_FILE, "The file must hold 1 to " + MAX_ROWS + " holidays",
                    Map.of("rows", List.of()));
        }
        List<Map<String, Object>> errors = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        List<Holiday> holidays = new ArrayList<>();
        for (Row row : rows) {
            LocalDate day = null;
            try {
                day = LocalDate.parse(row.day() == null ? "" : row.day().strip());
            } catch (DateTimeParseException e) {
                errors.add(error(row, "day", FailureCode.INVALID_DATE, "not a date (yyyy-MM-dd)"));
            }
            if (day != null && day.getYear() != year) {
                errors.add(error(row, "day", FailureCode.INVALID_DATE, "not a day of " + year));
            } else if (day != null && seen.containsKey(day)) {
                errors.add(error(row, "day", FailureCode.HOLIDAY_EXISTS, "the same day as line " + seen.get(day)));
            } else if (day != null) {
                seen.put(day, row.line());
            }
            String nameVi = name(row, "nameVi", row.nameVi(), errors);
            String nameEn = name(row, "nameEn", row.nameEn(), errors);
            if (day != null && nameVi != null && nameEn != null) {
                holidays.add(new Holiday(day, nameVi, nameEn));
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainFailure(FailureCode.INVALID_HOLIDAY_FILE,
                    errors.size() + " bad row(s); nothing was imported", Map.of("rows", errors));
        }
        return holidays;
    }

    private static String name(Row row, String field, String value, List<Map<String, Object>> errors) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty()) {
            errors.add(error(row, field, FailureCode.INVALID_HOLIDAY, "is required"));
            return null;
        }
        if (name.length() > MAX_NAME) {
            errors.add(error(row, field, FailureCode.TOO_LONG, "at most " + MAX_NAME + " characters"));
            return null;
        }
        return name;
    }

    private static Map<String, Object> error(Row row, String field, FailureCode code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("line", row.line());
        error.put("field", field);
        error.put("code", code.name());
        error.put("message", message);
        return error;
    }
}

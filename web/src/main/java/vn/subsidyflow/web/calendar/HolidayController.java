package vn.subsidyflow.web.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.subsidyflow.calendar.Holiday;
import vn.subsidyflow.calendar.HolidayImport;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.shared.Role;
import vn.subsidyflow.web.problem.FiscalYear;
import vn.subsidyflow.web.problem.SensibleDate;

/**
 * The holidays calendar that deadlines are counted against: anyone signed in reads a year, an
 * administrator adds or removes a day, or imports a year's list from CSV (all or nothing).
 */
@RestController
@RequestMapping("/api/v1/holidays")
class HolidayController {

    record NewHoliday(@SensibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                      @Size(max = 200) String nameVi, @Size(max = 200) String nameEn) {
    }

    private final WorkingDayCalendar calendar;

    HolidayController(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** The holidays of a year (this year when none is given), in day order. */
    @GetMapping
    List<Holiday> holidays(@RequestParam(required = false) @FiscalYear Integer year) {
        return calendar.holidays(year != null ? year : calendar.today().getYear());
    }

    @PostMapping
    ResponseEntity<Holiday> add(Actor actor, @Valid @RequestBody NewHoliday request) {
        requireAdministrator(actor);
        Holiday holiday = new Holiday(request.day(), trim(request.nameVi()), trim(request.nameEn()));
        calendar.addHoliday(holiday);
        return ResponseEntity.created(URI.create("/api/v1/holidays/" + holiday.day())).body(holiday);
    }

    @DeleteMapping("/{day}")
    ResponseEntity<Void> remove(Actor actor, @PathVariable @SensibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        requireAdministrator(actor);
        calendar.removeHoliday(day);
        return ResponseEntity.noContent().build();
    }

    /**
     * A year's list as CSV ({@code day,nameVi,nameEn}): every row is checked before anything is
     * written; one bad row refuses the file with {@code 422 INVALID_HOLIDAY_FILE} naming each bad
     * row. New days are added, days already in the calendar get the file's names.
     */
    @PostMapping(path = "/imports", consumes = "text/csv")
    HolidayImport.Result importYear(Actor actor, @RequestParam @FiscalYear int year,
                                    @RequestBody @Size(max = 100_000) String csv) {
        requireAdministrator(actor);
        return calendar.importHolidays(year, HolidayCsv.read(new StringReader(csv)));
    }

    // The calendar changes every dossier's deadlines: only an administrator keeps it.
    private static void requireAdministrator(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw new DomainFailure(FailureCode.FORBIDDEN, "Only an administrator keeps the holidays calendar");
        }
    }

    private static String trim(String text) {
        return text == null ? null : text.trim();
    }
}

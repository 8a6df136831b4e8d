package vn.subsidyflow.web.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.subsidyflow.calendar.Holiday;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.web.page.FormPage;
import vn.subsidyflow.web.page.Forms;
import vn.subsidyflow.web.page.PageController;
import vn.subsidyflow.web.page.RefusedForm;
import vn.subsidyflow.web.problem.SensibleDate;

/** Administration of the holidays calendar that deadlines are counted against: add and remove a day off. */
@PageController
class HolidayPageController implements FormPage {

    // A year's list is a few dozen lines; anything near this size is not one.
    private static final long MAX_FILE_BYTES = 100_000;

    private final WorkingDayCalendar calendar;

    HolidayPageController(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/admin/holidays")
    String holidays(@RequestParam(required = false) Integer year, Model model) {
        int shown = year != null ? year : calendar.today().getYear();
        model.addAttribute("year", shown);
        model.addAttribute("holidays", calendar.holidays(shown));
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of("day", "", "nameVi", "", "nameEn", ""));
        }
        return "admin/holidays";
    }

    @PostMapping("/admin/holidays")
    String addHoliday(@RequestParam(defaultValue = "") String day, @RequestParam(defaultValue = "") String nameVi,
                      @RequestParam(defaultValue = "") String nameEn, RedirectAttributes redirect) {
        LocalDate date = day(day);
        Forms.requireFits("nameVi", nameVi.trim(), 200);
        Forms.requireFits("nameEn", nameEn.trim(), 200);
        calendar.addHoliday(new Holiday(date, nameVi.trim(), nameEn.trim()));
        redirect.addFlashAttribute("notice", "notice.holidayAdded");
        return "redirect:/admin/holidays?year=" + date.getYear();
    }

    @PostMapping("/admin/holidays/delete")
    String removeHoliday(@RequestParam LocalDate day, RedirectAttributes redirect) {
        calendar.removeHoliday(day);
        redirect.addFlashAttribute("notice", "notice.holidayRemoved");
        return "redirect:/admin/holidays?year=" + day.getYear();
    }

    /**
     * A year's list from a CSV file ({@code day,nameVi,nameEn}), all or nothing: a refused file is
     * shown again with each bad row named, and nothing of it is in the calendar.
     */
    @PostMapping("/admin/holidays/import")
    String importHolidays(@RequestParam(required = false) Integer year,
                          @RequestParam(required = false) org.springframework.web.multipart.MultipartFile file,
                          RedirectAttributes redirect) throws java.io.IOException {
        if (year == null || year < SensibleDate.FIRST_YEAR || year > SensibleDate.LAST_YEAR) {
            throw new DomainFailure(FailureCode.INVALID_YEAR, "Enter a year", Map.of("field", "year"));
        }
        if (file == null || file.isEmpty() || file.getSize() > MAX_FILE_BYTES) {
            throw new DomainFailure(FailureCode.INVALID_HOLIDAY_FILE, "Choose a CSV file of at most 100 kB",
                    Map.of("rows", java.util.List.of()));
        }
        try (java.io.Reader reader = new java.io.InputStreamReader(file.getInputStream(), java.nio.charset.StandardCharsets.UTF_8)) {
            calendar.importHolidays(year, HolidayCsv.read(reader));
        }
        redirect.addFlashAttribute("notice", "notice.holidaysImported");
        return "redirect:/admin/holidays?year=" + year;
    }

    /** The form again, as typed, on the year of the day typed; a day that is already a holiday is said next to the day. */
    @Override
    public String showAgain(RefusedForm form, Model model) {
        form.answer(422);
        DomainFailure failure = form.failure();
        if (failure.failureCode() == FailureCode.HOLIDAY_EXISTS) {
            model.addAttribute("errors", Forms.error("day", failure.failureCode(), failure.getMessage()));
        }
        if (failure.failureCode() == FailureCode.INVALID_HOLIDAY_FILE || failure.failureCode() == FailureCode.INVALID_YEAR) {
            model.addAttribute("importFailure", failure);
        }
        String day = form.typed("day");
        model.addAttribute("typed", Map.of("day", day, "nameVi", form.typed("nameVi"), "nameEn", form.typed("nameEn")));
        Integer year;
        try {
            year = LocalDate.parse(day.trim()).getYear();
        } catch (DateTimeParseException notADate) {
            year = null;
        }
        return holidays(year, model);
    }

    private static LocalDate day(String typed) {
        try {
            return LocalDate.parse(typed.trim());
        } catch (DateTimeParseException e) {
            throw new DomainFailure(FailureCode.INVALID_DATE, "Enter a date", Map.of("field", "day"));
        }
    }
}

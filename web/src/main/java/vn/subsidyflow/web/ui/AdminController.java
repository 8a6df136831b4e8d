package vn.subsidyflow.web.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.subsidyflow.applicant.Accounts;
import vn.subsidyflow.applicant.UserAccount;
import vn.subsidyflow.calendar.Holiday;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.catalog.PolicyCatalog;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/** Administration: users and their roles, the support items of every policy version, the holidays calendar. */
@Controller
class AdminController {

    private final Accounts accounts;
    private final PolicyCatalog catalog;
    private final WorkingDayCalendar calendar;

    AdminController(Accounts accounts, PolicyCatalog catalog, WorkingDayCalendar calendar) {
        this.accounts = accounts;
        this.catalog = catalog;
        this.calendar = calendar;
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        model.addAttribute("users", accounts.users().stream()
                .sorted(Comparator.comparing((UserAccount u) -> u.organisationId() != null).thenComparing(UserAccount::username))
                .toList());
        return "admin/users";
    }

    @GetMapping("/admin/support-items")
    String items(Model model) {
        model.addAttribute("items", catalog.allItems());
        model.addAttribute("today", calendar.today());
        return "admin/items";
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
                      @RequestParam(defaultValue = "") String nameEn, Model model, HttpServletResponse response,
                      RedirectAttributes redirect) {
        LocalDate date;
        try {
            date = LocalDate.parse(day.trim());
        } catch (DateTimeParseException e) {
            return holidayError(Forms.error("day", FailureCode.INVALID_DATE, "Enter a date"), day, nameVi, nameEn, null, model, response);
        }
        try {
            Forms.requireFits("nameVi", nameVi.trim(), 200);
            Forms.requireFits("nameEn", nameEn.trim(), 200);
            calendar.addHoliday(new Holiday(date, nameVi.trim(), nameEn.trim()));
        } catch (DomainFailure failure) {
            Map<String, DomainFailure> errors = failure.failureCode() == FailureCode.HOLIDAY_EXISTS
                    ? Forms.error("day", failure.failureCode(), failure.getMessage()) : Forms.errors(failure);
            return holidayError(errors, day, nameVi, nameEn, date.getYear(), model, response);
        }
        redirect.addFlashAttribute("notice", "notice.holidayAdded");
        return "redirect:/admin/holidays?year=" + date.getYear();
    }

    @PostMapping("/admin/holidays/delete")
    String removeHoliday(@RequestParam LocalDate day, RedirectAttributes redirect) {
        calendar.removeHoliday(day);
        redirect.addFlashAttribute("notice", "notice.holidayRemoved");
        return "redirect:/admin/holidays?year=" + day.getYear();
    }

    private String holidayError(Map<String, DomainFailure> errors, String day, String nameVi, String nameEn, Integer year,
                                Model model, HttpServletResponse response) {
        response.setStatus(422);
        model.addAttribute("errors", errors);
        model.addAttribute("typed", Map.of("day", day, "nameVi", nameVi, "nameEn", nameEn));
        return holidays(year, model);
    }
}

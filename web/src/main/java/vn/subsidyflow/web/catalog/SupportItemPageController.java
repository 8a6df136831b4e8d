package vn.subsidyflow.web.catalog;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.catalog.PolicyCatalog;
import vn.subsidyflow.web.page.PageController;

/** Administration: the support items of every policy version, those in force today marked. */
@PageController
class SupportItemPageController {

    private final PolicyCatalog catalog;
    private final WorkingDayCalendar calendar;

    SupportItemPageController(PolicyCatalog catalog, WorkingDayCalendar calendar) {
        this.catalog = catalog;
        this.calendar = calendar;
    }

    @GetMapping("/admin/support-items")
    String items(Model model) {
        model.addAttribute("items", catalog.allItems());
        model.addAttribute("today", calendar.today());
        return "admin/items";
    }
}

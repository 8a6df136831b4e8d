package vn.subsidyflow.web.deadline;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.subsidyflow.deadline.OverdueTasks;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.web.page.PageController;
import vn.subsidyflow.web.problem.Paging;

/** The overdue staff steps as a page, 50 at a time, for the approvers. */
@PageController
class OverduePageController {

    static final int PAGE_SIZE = 50;

    private final OverdueTasks overdue;

    OverduePageController(OverdueTasks overdue) {
        this.overdue = overdue;
    }

    @GetMapping("/staff/overdue")
    String overdue(Actor actor, @RequestParam(defaultValue = "0") @Paging.Page int page, Model model) {
        long total = overdue.count(actor);
        model.addAttribute("tasks", overdue.page(actor, page * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", page);
        model.addAttribute("previousUrl", page > 0 ? "/staff/overdue?page=" + (page - 1) : null);
        model.addAttribute("nextUrl", (long) (page + 1) * PAGE_SIZE < total ? "/staff/overdue?page=" + (page + 1) : null);
        return "staff/overdue";
    }
}

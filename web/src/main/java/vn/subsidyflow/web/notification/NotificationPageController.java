package vn.subsidyflow.web.notification;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.subsidyflow.notice.Notices;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.web.page.PageController;
import vn.subsidyflow.web.problem.Paging;

/** A user's notifications, newest first, 20 a page; opening one marks it read and shows its text. */
@PageController
class NotificationPageController {

    private static final int PAGE_SIZE = 20;

    private final Notices notices;

    NotificationPageController(Notices notices) {
        this.notices = notices;
    }

    @GetMapping("/notifications")
    String list(Actor actor, @RequestParam(defaultValue = "0") @Paging.Page int page, Model model) {
        Notices.Page found = notices.page(actor.username(), page, PAGE_SIZE);
        model.addAttribute("notifications", found);
        model.addAttribute("hasNext", (long) (page + 1) * PAGE_SIZE < found.total());
        return "notification/list";
    }

    @PostMapping("/notifications/{id}/read")
    String read(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("opened", notices.markRead(actor.username(), id));
        return "notification/read";
    }
}

package vn.subsidyflow.web.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.subsidyflow.notice.Notices;
import vn.subsidyflow.web.page.PageController;

/** The signed-in user's unread notifications, counted for the page header of every page. */
@ControllerAdvice(annotations = PageController.class)
class UnreadCountAdvice {

    private static final Logger log = LoggerFactory.getLogger(UnreadCountAdvice.class);

    private final ObjectProvider<Notices> notices;

    UnreadCountAdvice(ObjectProvider<Notices> notices) {
        this.notices = notices;
    }

    @ModelAttribute
    void unread(Model model) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Notices available = notices.getIfAvailable();
        if (available == null || auth == null || !(auth.getPrincipal() instanceof UserDetails user)) {
            return;
        }
        try {
            model.addAttribute("unreadNotifications", available.unreadCount(user.getUsername()));
        } catch (RuntimeException e) {
            // A count is not worth an error page: the page shows without it (e.g. while the database is away).
            log.debug("Unread notifications not counted: {}", e.toString());
        }
    }
}

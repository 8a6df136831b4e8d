package vn.subsidyflow.web.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import vn.subsidyflow.notice.Notices;
import vn.subsidyflow.web.page.PageController;

/**
 * A signed-in user who switches the pages' language ({@code ?lang=en} or {@code vi}) also chooses the
 * language of their mail: the cookie remembers the pages' choice in one browser, the account keeps
 * it for the notices written while they are away.
 */
@ControllerAdvice(annotations = PageController.class)
class LanguagePreferenceAdvice {

    private final ObjectProvider<Notices> notices;

    LanguagePreferenceAdvice(ObjectProvider<Notices> notices) {
        this.notices = notices;
    }

    @ModelAttribute
    void remember(@RequestParam(name = "lang", required = false) String lang) {
        if (!"en".equals(lang) && !"vi".equals(lang)) {
            return;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Notices available = notices.getIfAvailable();
        if (available != null && auth != null && auth.getPrincipal() instanceof UserDetails user) {
            available.setLanguage(user.getUsername(), lang);
        }
    }
}

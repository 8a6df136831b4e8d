package vn.subsidyflow.web.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.catalog.PolicyCatalog;
import vn.subsidyflow.web.page.Navigation;
import vn.subsidyflow.web.page.PageController;

/** The way in: the public landing page with the support on offer, sign in, and each role's start page. */
@PageController
class SignInPageController {

    private final PolicyCatalog catalog;
    private final WorkingDayCalendar calendar;

    SignInPageController(PolicyCatalog catalog, WorkingDayCalendar calendar) {
        this.catalog = catalog;
        this.calendar = calendar;
    }

    @GetMapping("/")
    String landing(Authentication authentication, Model model) {
        if (authentication != null && authentication.isAuthenticated() && model.containsAttribute("me")) {
            return "redirect:/home";
        }
        model.addAttribute("items", catalog.itemsInForce(calendar.today()));
        return "landing";
    }

    @GetMapping("/home")
    String home(Authentication authentication, Model model) {
        Navigation nav = (Navigation) model.getAttribute("nav");
        if (nav == null) {
            return "redirect:/login";
        }
        boolean finance = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch("ROLE_FINANCE"::equals);
        return "redirect:" + (finance ? "/finance" : nav.home());
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}

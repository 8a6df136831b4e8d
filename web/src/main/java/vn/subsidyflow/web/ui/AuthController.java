package vn.subsidyflow.web.ui;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.subsidyflow.applicant.OrganisationType;
import vn.subsidyflow.applicant.Registration;
import vn.subsidyflow.applicant.Registrations;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.catalog.PolicyCatalog;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/** The public pages: the landing page with the support on offer, sign in, and a business's sign-up. */
@Controller
class AuthController {

    /** The sign-up form as typed; the engine validates it. */
    static final class SignUpForm {
        public String organisationName = "";
        public OrganisationType organisationType = OrganisationType.ENTERPRISE;
        public String taxCode = "";
        public String address = "";
        public String email = "";
        public String username = "";
        public String password = "";
        public String passwordAgain = "";

        public void setOrganisationName(String v) { organisationName = v; }
        public void setOrganisationType(OrganisationType v) { organisationType = v; }
        public void setTaxCode(String v) { taxCode = v == null ? "" : v.trim(); }
        public void setAddress(String v) { address = v; }
        public void setEmail(String v) { email = v == null ? "" : v.trim(); }
        public void setUsername(String v) { username = v == null ? "" : v.trim(); }
        public void setPassword(String v) { password = v; }
        public void setPasswordAgain(String v) { passwordAgain = v; }
    }

    private final Registrations registrations;
    private final PolicyCatalog catalog;
    private final WorkingDayCalendar calendar;

    AuthController(Registrations registrations, PolicyCatalog catalog, WorkingDayCalendar calendar) {
        this.registrations = registrations;
        this.catalog = catalog;
        this.calendar = calendar;
    }

    @ModelAttribute("orgTypes")
    OrganisationType[] organisationTypes() {
        return OrganisationType.values();
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

    @GetMapping("/signup")
    String signUpForm(Model model) {
        model.addAttribute("form", new SignUpForm());
        return "signup";
    }

    @PostMapping("/signup")
    String signUp(@ModelAttribute("form") SignUpForm form, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        if (!form.password.equals(form.passwordAgain)) {
            model.addAttribute("errors", Forms.error("passwordAgain", FailureCode.PASSWORDS_DIFFER, "The passwords differ"));
            response.setStatus(422);
            return "signup";
        }
        try {
            Forms.requireFits("organisationName", form.organisationName, 300);
            Forms.requireFits("taxCode", form.taxCode, 14);
            Forms.requireFits("address", form.address, 500);
            Forms.requireFits("email", form.email, 254);
            Forms.requireFits("username", form.username, 60);
            registrations.register(new Registration(form.username, form.password, form.email, form.taxCode,
                    form.organisationName, form.organisationType, form.address));
        } catch (DomainFailure failure) {
            model.addAttribute("errors", Forms.errors(failure));
            response.setStatus(failure.kind() == DomainFailure.Kind.CONFLICT ? 409 : 422);
            return "signup";
        }
        redirect.addAttribute("registered", form.username);
        return "redirect:/login";
    }
}

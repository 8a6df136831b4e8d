package vn.subsidyflow.web.registration;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.subsidyflow.applicant.OrganisationSize;
import vn.subsidyflow.applicant.OrganisationType;
import vn.subsidyflow.applicant.Registration;
import vn.subsidyflow.applicant.Registrations;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.web.page.FormPage;
import vn.subsidyflow.web.page.Forms;
import vn.subsidyflow.web.page.PageController;
import vn.subsidyflow.web.page.RefusedForm;

/** A business's sign-up: the organisation (tax code checked by the engine) and its first user. */
@PageController
class SignUpPageController implements FormPage {

    /** The sign-up form as typed; the engine validates it. */
    static final class SignUpForm {
        public String organisationName = "";
        public OrganisationType organisationType = OrganisationType.ENTERPRISE;
        public String taxCode = "";
        public String address = "";
        public String provinceCode = "";
        public OrganisationSize size;
        public String email = "";
        public String username = "";
        public String password = "";
        public String passwordAgain = "";

        public void setOrganisationName(String v) { organisationName = v; }
        public void setOrganisationType(OrganisationType v) { organisationType = v; }
        public void setTaxCode(String v) { taxCode = v == null ? "" : v.trim(); }
        public void setAddress(String v) { address = v; }
        public void setProvinceCode(String v) { provinceCode = v == null ? "" : v.trim(); }
        public void setSize(OrganisationSize v) { size = v; }
        public void setEmail(String v) { email = v == null ? "" : v.trim(); }
        public void setUsername(String v) { username = v == null ? "" : v.trim(); }
        public void setPassword(String v) { password = v; }
        public void setPasswordAgain(String v) { passwordAgain = v; }
    }

    private final Registrations registrations;

    SignUpPageController(Registrations registrations) {
        this.registrations = registrations;
    }

    @ModelAttribute("orgTypes")
    OrganisationType[] organisationTypes() {
        return OrganisationType.values();
    }

    @ModelAttribute("orgSizes")
    OrganisationSize[] organisationSizes() {
        return OrganisationSize.values();
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
        Forms.requireFits("organisationName", form.organisationName, 300);
        Forms.requireFits("taxCode", form.taxCode, 14);
        Forms.requireFits("address", form.address, 500);
        Forms.requireFits("provinceCode", form.provinceCode, 2);
        Forms.requireFits("email", form.email, 254);
        Forms.requireFits("username", form.username, 60);
        registrations.register(new Registration(form.username, form.password, form.email, form.taxCode,
                form.organisationName, form.organisationType, form.address,
                form.provinceCode.isEmpty() ? null : form.provinceCode, form.size));
        redirect.addAttribute("registered", form.username);
        return "redirect:/login";
    }

    /** The form again as typed (bound from the request as the handler bound it), the refusal next to its field. */
    @Override
    public String showAgain(RefusedForm form, Model model) {
        SignUpForm typed = new SignUpForm();
        new ServletRequestDataBinder(typed).bind(form.request());
        model.addAttribute("form", typed);
        model.addAttribute("orgTypes", organisationTypes());
        model.addAttribute("orgSizes", organisationSizes());
        return "signup";
    }
}

package vn.subsidyflow.web.organisation;

import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.subsidyflow.applicant.Accounts;
import vn.subsidyflow.applicant.Organisation;
import vn.subsidyflow.applicant.OrganisationProfiles;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.web.page.FormPage;
import vn.subsidyflow.web.page.Forms;
import vn.subsidyflow.web.page.PageController;
import vn.subsidyflow.web.page.RefusedForm;

/**
 * A business's profile: what the Department holds about it, its contact details and the bank
 * account support is paid into. Changing the bank account asks for the current password again.
 */
@PageController
@RequestMapping("/my/organisation")
class OrganisationPageController implements FormPage {

    private final Accounts accounts;
    private final OrganisationProfiles profiles;

    OrganisationPageController(Accounts accounts, OrganisationProfiles profiles) {
        this.accounts = accounts;
        this.profiles = profiles;
    }

    @GetMapping
    String show(Actor actor, Model model) {
        Organisation organisation = accounts.organisation(actor.organisationId());
        model.addAttribute("organisation", organisation);
        if (!model.containsAttribute("contact")) {
            model.addAttribute("contact", Map.of("phone", nonNull(organisation.phone()), "email", nonNull(organisation.email()),
                    "address", nonNull(organisation.address())));
        }
        if (!model.containsAttribute("bank")) {
            model.addAttribute("bank", Map.of("bankName", nonNull(organisation.bankName()),
                    "accountNumber", nonNull(organisation.bankAccountNumber()), "accountName", nonNull(organisation.bankAccountName())));
        }
        return "applicant/organisation";
    }

    @PostMapping("/contact")
    String contact(Actor actor, @RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String email,
                   @RequestParam(defaultValue = "") String address, RedirectAttributes redirect) {
        Forms.requireFits("phone", phone, 20);
        Forms.requireFits("email", email, 254);
        Forms.requireFits("address", address, 500);
        profiles.changeContact(actor, phone, email, address);
        redirect.addFlashAttribute("notice", "notice.contactChanged");
        return "redirect:/my/organisation";
    }

    @PostMapping("/bank-account")
    String bankAccount(Actor actor, @RequestParam(defaultValue = "") String currentPassword,
                       @RequestParam(defaultValue = "") String bankName, @RequestParam(defaultValue = "") String accountNumber,
                       @RequestParam(defaultValue = "") String accountName, RedirectAttributes redirect) {
        Forms.requireFits("bankName", bankName, 200);
        Forms.requireFits("accountNumber", accountNumber, 40);
        Forms.requireFits("accountName", accountName, 200);
        profiles.changeBankAccount(actor, currentPassword, bankName, accountNumber, accountName);
        redirect.addFlashAttribute("notice", "notice.bankAccountChanged");
        return "redirect:/my/organisation";
    }

    /** The profile again, with the refusal next to its field and what was typed kept (never the password). */
    @Override
    public String showAgain(RefusedForm form, Model model) {
        form.answer(422);
        model.addAttribute("errors", Forms.errors(form.failure()));
        if (form.handledBy("bankAccount")) {
            model.addAttribute("bank", Map.of("bankName", form.typed("bankName"), "accountNumber", form.typed("accountNumber"),
                    "accountName", form.typed("accountName")));
        } else {
            model.addAttribute("contact", Map.of("phone", form.typed("phone"), "email", form.typed("email"),
                    "address", form.typed("address")));
        }
        return show(form.actor(), model);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}

package vn.subsidyflow.web.account;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.subsidyflow.applicant.IssuedPassword;
import vn.subsidyflow.applicant.NewStaffAccount;
import vn.subsidyflow.applicant.StaffAccountChange;
import vn.subsidyflow.applicant.StaffAccounts;
import vn.subsidyflow.applicant.UserAccount;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.Role;
import vn.subsidyflow.web.page.FormPage;
import vn.subsidyflow.web.page.Forms;
import vn.subsidyflow.web.page.PageController;
import vn.subsidyflow.web.page.RefusedForm;

/**
 * Administration of accounts: the list (staff first) with a form to create a staff account, and an
 * account's page to edit it, grant and withdraw roles, disable or re-enable it and reset its
 * password (those two confirmed first), with its trail. A temporary password is shown once, on the
 * page that answers its creation, and never again.
 */
@PageController
class UserPageController implements FormPage {

    static final List<Role> STAFF_ROLES = EnumSet.complementOf(EnumSet.of(Role.APPLICANT)).stream().toList();

    private final StaffAccounts accounts;

    UserPageController(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        model.addAttribute("users", accounts.accounts().stream()
                .sorted(Comparator.comparing((UserAccount u) -> u.organisationId() != null).thenComparing(UserAccount::username))
                .toList());
        model.addAttribute("staffRoles", STAFF_ROLES);
        return "admin/users";
    }

    @PostMapping("/admin/users")
    String create(Actor actor, @RequestParam(defaultValue = "") String username,
                  @RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String email,
                  @RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String position,
                  @RequestParam(required = false) Set<Role> roles, Model model) {
        Forms.requireFits("username", username, 60);
        Forms.requireFits("displayName", displayName, 200);
        Forms.requireFits("email", email, 254);
        Forms.requireFits("phone", phone, 30);
        Forms.requireFits("position", position, 200);
        IssuedPassword issued = accounts.create(actor, new NewStaffAccount(username.strip(), displayName, email, phone, position,
                roles == null ? Set.of() : roles));
        model.addAttribute("temporaryPassword", issued.temporaryPassword());
        return account(issued.account().username(), model);
    }

    @GetMapping("/admin/users/{username}")
    String account(@PathVariable String username, Model model) {
        model.addAttribute("account", accounts.account(username));
        model.addAttribute("trail", accounts.history(username));
        model.addAttribute("staffRoles", STAFF_ROLES);
        return "admin/user";
    }

    @PostMapping("/admin/users/{username}")
    String edit(Actor actor, @PathVariable String username, @RequestParam(defaultValue = "") String displayName,
                @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String phone,
                @RequestParam(defaultValue = "") String position, @RequestParam(required = false) Set<Role> roles) {
        Forms.requireFits("displayName", displayName, 200);
        Forms.requireFits("email", email, 254);
        Forms.requireFits("phone", phone, 30);
        Forms.requireFits("position", position, 200);
        boolean staff = accounts.account(username).isStaff();
        accounts.change(actor, username, new StaffAccountChange(displayName, email, phone, position,
                staff ? (roles == null ? Set.of() : roles) : null, null));
        return "redirect:/admin/users/" + username + "?saved";
    }

    @PostMapping("/admin/users/{username}/enabled")
    String enable(Actor actor, @PathVariable String username, @RequestParam boolean enabled) {
        accounts.change(actor, username, new StaffAccountChange(null, null, null, null, null, enabled));
        return "redirect:/admin/users/" + username + "?saved";
    }

    @PostMapping("/admin/users/{username}/password-reset")
    String resetPassword(Actor actor, @PathVariable String username, Model model) {
        model.addAttribute("temporaryPassword", accounts.resetPassword(actor, username).temporaryPassword());
        return account(username, model);
    }

    @Override
    public String showAgain(RefusedForm form, Model model) {
        if (form.handledBy("create")) {
            java.util.Map<String, String> typed = new java.util.HashMap<>();
            for (String field : List.of("username", "displayName", "email", "phone", "position")) {
                typed.put(field, form.param(field));
            }
            model.addAttribute("typed", typed);
            users(model);
            return "admin/users";
        }
        String username = form.request().getRequestURI().replaceFirst(".*/admin/users/([^/]+).*", "$1");
        return account(username, model);
    }
}

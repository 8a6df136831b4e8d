package vn.subsidyflow.web.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.subsidyflow.applicant.StaffAccounts;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.web.page.FormPage;
import vn.subsidyflow.web.page.Forms;
import vn.subsidyflow.web.page.PageController;
import vn.subsidyflow.web.page.RefusedForm;

/**
 * Everyone's own password; the only page a temporary password opens. A change ends the account's
 * other sessions (its credentials version rises), so this session is signed in again with the
 * account as it now stands, under a new session id.
 */
@PageController
class PasswordPageController implements FormPage {

    private final StaffAccounts accounts;
    private final UserDetailsService users;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    PasswordPageController(StaffAccounts accounts, UserDetailsService users) {
        this.accounts = accounts;
        this.users = users;
    }

    @GetMapping("/account/password")
    String form(Actor actor, Model model) {
        model.addAttribute("temporary", accounts.account(actor.username()).passwordChangeRequired());
        return "account/password";
    }

    @PostMapping("/account/password")
    String change(Actor actor, @RequestParam(defaultValue = "") String currentPassword,
                  @RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String newPasswordAgain,
                  Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!newPassword.equals(newPasswordAgain)) {
            model.addAttribute("errors", Forms.error("newPasswordAgain", FailureCode.PASSWORDS_DIFFER, "The passwords differ"));
            model.addAttribute("temporary", accounts.account(actor.username()).passwordChangeRequired());
            response.setStatus(422);
            return "account/password";
        }
        Forms.requireFits("currentPassword", currentPassword, 200);
        Forms.requireFits("newPassword", newPassword, 200);
        accounts.changeOwnPassword(actor, currentPassword, newPassword);
        signInAgain(request, response, actor.username());
        return "redirect:/home?passwordChanged";
    }

    private void signInAgain(HttpServletRequest request, HttpServletResponse response, String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        sessions.saveContext(context, request, response);
    }

    @Override
    public String showAgain(RefusedForm form, Model model) {
        model.addAttribute("temporary", accounts.account(form.actor().username()).passwordChangeRequired());
        return "account/password";
    }
}

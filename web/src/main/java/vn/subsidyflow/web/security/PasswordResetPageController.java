package vn.subsidyflow.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.subsidyflow.notice.PasswordResets;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.web.page.Forms;
import vn.subsidyflow.web.page.PageController;

/**
 * The forgotten-password pages: ask for a link (the same answer whoever is named), and choose a new
 * password from the link; a refused password or a dead link is shown on the form.
 */
@PageController
class PasswordResetPageController {

    private final PasswordResets resets;
    private final PasswordResetController api;

    PasswordResetPageController(PasswordResets resets, PasswordResetController api) {
        this.resets = resets;
        this.api = api;
    }

    @GetMapping("/password/forgotten")
    String forgotten() {
        return "account/forgotten";
    }

    @PostMapping("/password/forgotten")
    String ask(@RequestParam(defaultValue = "") String usernameOrEmail, HttpServletRequest request,
               HttpServletResponse response, Model model) {
        if (api.askedTooOften(usernameOrEmail, request.getRemoteAddr()).isPresent()) {
            response.setStatus(429);
            model.addAttribute("throttled", true);
            return "account/forgotten";
        }
        resets.request(usernameOrEmail.length() > 254 ? null : usernameOrEmail);
        model.addAttribute("sent", true);
        return "account/forgotten";
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        return "account/reset";
    }

    @PostMapping("/password/reset")
    String reset(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String newPassword,
                 HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            resets.reset(token, newPassword, request.getRemoteAddr());
        } catch (DomainFailure refused) {
            if (refused.kind() != DomainFailure.Kind.INVALID) {
                throw refused;
            }
            response.setStatus(422);
            model.addAttribute("token", token);
            model.addAttribute("problem", refused);
            model.addAttribute("errors", Forms.errors(refused));
            return "account/reset";
        }
        return "redirect:/login?passwordReset";
    }
}

package vn.subsidyflow.web.account;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.web.page.FormPage;
import vn.subsidyflow.web.page.Forms;
import vn.subsidyflow.web.page.PageController;
import vn.subsidyflow.web.page.RefusedForm;

/** The one-time setup page of a fresh install: the log's token makes the first administrator. Gone afterwards. */
@PageController
class SetupPageController implements FormPage {

    private final FirstStart firstStart;

    SetupPageController(FirstStart firstStart) {
        this.firstStart = firstStart;
    }

    @GetMapping("/setup")
    String form(HttpServletResponse response) {
        if (!firstStart.setupOpen()) {
            return closed(response);
        }
        return "account/setup";
    }

    @PostMapping("/setup")
    String setUp(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String username,
                 @RequestParam(defaultValue = "") String password, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) {
        if (!firstStart.setupOpen()) {
            return closed(response);
        }
        Forms.requireFits("username", username, 60);
        Forms.requireFits("password", password, 200);
        if (!firstStart.setUp(token, username.strip(), password)) {
            model.addAttribute("errors", Forms.error("token", FailureCode.FORBIDDEN, "The setup token is not right"));
            response.setStatus(403);
            return "account/setup";
        }
        redirect.addAttribute("registered", username.strip());
        return "redirect:/login";
    }

    /** Once an administrator exists there is nothing to set up: the page is gone, as if it never existed. */
    private static String closed(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "error/404";
    }

    @Override
    public String showAgain(RefusedForm form, Model model) {
        return "account/setup";
    }
}

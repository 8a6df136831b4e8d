package vn.subsidyflow.web.organisation;

import java.util.Comparator;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.subsidyflow.applicant.Accounts;
import vn.subsidyflow.applicant.UserAccount;
import vn.subsidyflow.web.page.PageController;

/** Administration: who may sign in, with their roles and organisation; staff first. */
@PageController
class UserPageController {

    private final Accounts accounts;

    UserPageController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        model.addAttribute("users", accounts.users().stream()
                .sorted(Comparator.comparing((UserAccount u) -> u.organisationId() != null).thenComparing(UserAccount::username))
                .toList());
        return "admin/users";
    }
}

package vn.subsidyflow.web.application;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.subsidyflow.applicant.Accounts;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.web.page.PageController;

/** A dossier as staff read it, with the business behind it and the steps they may take on it. */
@PageController
class StaffApplicationPageController {

    private final ApplicationPages pages;
    private final Accounts accounts;

    StaffApplicationPageController(ApplicationPages pages, Accounts accounts) {
        this.pages = pages;
        this.accounts = accounts;
    }

    @GetMapping("/cases/{id}")
    String application(Actor actor, @PathVariable long id, Model model) {
        Application application = pages.show(actor, id, model);
        model.addAttribute("organisation", accounts.organisation(application.organisationId()));
        return "staff/application";
    }
}

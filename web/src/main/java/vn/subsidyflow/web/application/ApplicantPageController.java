package vn.subsidyflow.web.application;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.ApplicationFilter;
import vn.subsidyflow.application.ApplicationSummary;
import vn.subsidyflow.application.Applications;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.catalog.DocumentKind;
import vn.subsidyflow.catalog.PolicyCatalog;
import vn.subsidyflow.catalog.SupportItem;
import vn.subsidyflow.review.Inbox;
import vn.subsidyflow.review.OpenTask;
import vn.subsidyflow.review.Review;
import vn.subsidyflow.review.TaskCompletion;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.web.page.FormPage;
import vn.subsidyflow.web.page.Forms;
import vn.subsidyflow.web.page.PageController;
import vn.subsidyflow.web.page.RefusedForm;
import vn.subsidyflow.workflow.Outcome;

/** The applicant portal: my dossiers, the new-dossier wizard, and a dossier's page with its papers and steps. */
@PageController
@RequestMapping("/my/dossiers")
class ApplicantPageController implements FormPage {

    private final Applications applications;
    private final PolicyCatalog catalog;
    private final WorkingDayCalendar calendar;
    private final Inbox inbox;
    private final Review review;
    private final ApplicationPages pages;
    private final DocumentUploads uploads;

    ApplicantPageController(Applications applications, PolicyCatalog catalog, WorkingDayCalendar calendar, Inbox inbox,
                            Review review, ApplicationPages pages, DocumentUploads uploads) {
        this.applications = applications;
        this.catalog = catalog;
        this.calendar = calendar;
        this.inbox = inbox;
        this.review = review;
        this.pages = pages;
        this.uploads = uploads;
    }

    @GetMapping
    String list(Actor actor, Model model) {
        List<ApplicationSummary> mine = applications.list(actor, new ApplicationFilter(null, null, null, 0, 200));
        Map<Long, Instant> due = new HashMap<>();
        for (ApplicationSummary application : mine) {
            if (!application.status().isTerminal()) {
                inbox.openTasksOf(application.id()).stream().map(OpenTask::dueAt).filter(d -> d != null)
                        .min(Instant::compareTo).ifPresent(d -> due.put(application.id(), d));
            }
        }
        model.addAttribute("dossiers", mine);
        model.addAttribute("due", due);
        return "applicant/dossiers";
    }

    @GetMapping("/new")
    String wizard(@RequestParam(required = false) String item, @RequestParam(required = false) String cost,
                  @RequestParam(required = false) String title, Model model) {
        List<SupportItem> items = catalog.itemsInForce(calendar.today());
        model.addAttribute("items", items);
        SupportItem chosen = items.stream().filter(i -> i.code().equals(item)).findFirst().orElse(null);
        model.addAttribute("chosen", chosen);
        model.addAttribute("cost", cost == null ? "" : cost);
        model.addAttribute("draftTitle", title == null ? "" : title);
        Long amount = Forms.amount(cost);
        if (chosen != null && amount != null && amount > 0) {
            model.addAttribute("maxSupport", chosen.maxSupportFor(amount));
        }
        return "applicant/new";
    }

    @PostMapping
    String create(Actor actor, @RequestParam String item, @RequestParam(defaultValue = "") String title,
                  @RequestParam(defaultValue = "") String cost) {
        Long amount = Forms.amount(cost);
        if (amount == null || amount <= 0) {
            throw new DomainFailure(FailureCode.INVALID_AMOUNT, "Enter the eligible cost in đồng",
                    Map.of("field", "cost"));
        }
        Application created = applications.create(actor, item, title, amount);
        return "redirect:/my/dossiers/" + created.id() + "?created";
    }

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        pages.show(actor, id, model);
        return "applicant/dossier";
    }

    @PostMapping("/{id}/documents")
    String upload(Actor actor, @PathVariable long id, @RequestParam(required = false) DocumentKind kind,
                  @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        uploads.add(actor, id, kind, file);
        redirect.addFlashAttribute("notice", "notice.uploaded");
        return "redirect:/my/dossiers/" + id + "#documents";
    }

    @PostMapping("/{id}/submit")
    String submit(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        applications.submit(actor, id);
        redirect.addFlashAttribute("notice", "notice.submitted");
        return "redirect:/my/dossiers/" + id;
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        applications.withdraw(actor, id);
        redirect.addFlashAttribute("notice", "notice.withdrawn");
        return "redirect:/my/dossiers/" + id;
    }

    /** The applicant's own steps: sending the supplement, or the certificate of protection. */
    @PostMapping("/{id}/tasks/{taskId}")
    String completeStep(Actor actor, @PathVariable long id, @PathVariable String taskId, RedirectAttributes redirect) {
        OpenTask task = inbox.task(actor, taskId);
        if (task.applicationId() != id) {
            throw DomainFailure.notFound(FailureCode.TASK_NOT_FOUND, taskId);
        }
        review.complete(actor, taskId, TaskCompletion.of(Outcome.SUBMIT));
        redirect.addFlashAttribute("notice", "notice.stepDone");
        return "redirect:/my/dossiers/" + id;
    }

    /** A refused wizard is shown again with the cost as typed; any other refused form, on the dossier's page. */
    @Override
    public String showAgain(RefusedForm form, Model model) {
        if (form.handledBy("create")) {
            form.answer(422);
            DomainFailure failure = form.failure();
            Map<String, DomainFailure> errors = Forms.errors(failure);
            if (errors.containsKey("amount") || errors.containsKey("eligibleCostVnd")) {
                model.addAttribute("errors", Forms.error("cost", failure.failureCode(), failure.getMessage()));
            }
            return wizard(form.param("item"), form.typed("cost"), form.typed("title"), model);
        }
        return show(form.actor(), Long.parseLong(form.pathVariable("id")), model);
    }
}

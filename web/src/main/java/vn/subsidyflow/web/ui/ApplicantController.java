package vn.subsidyflow.web.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
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
import vn.subsidyflow.workflow.Outcome;

/** The applicant portal: my dossiers, the new-dossier wizard, and a dossier's page with its papers and steps. */
@Controller
@RequestMapping("/my/dossiers")
class ApplicantController {

    private final Applications applications;
    private final PolicyCatalog catalog;
    private final WorkingDayCalendar calendar;
    private final Inbox inbox;
    private final Review review;
    private final ApplicationPages pages;

    ApplicantController(Applications applications, PolicyCatalog catalog, WorkingDayCalendar calendar, Inbox inbox,
                        Review review, ApplicationPages pages) {
        this.applications = applications;
        this.catalog = catalog;
        this.calendar = calendar;
        this.inbox = inbox;
        this.review = review;
        this.pages = pages;
    }

    @GetMapping
    String list(Actor actor, Model model) {
        List<ApplicationSummary> dossiers = applications.list(actor, new ApplicationFilter(null, null, null, 0, 200));
        Map<Long, Instant> due = new HashMap<>();
        for (ApplicationSummary dossier : dossiers) {
            if (!dossier.status().isTerminal()) {
                inbox.openTasksOf(dossier.id()).stream().map(OpenTask::dueAt).filter(d -> d != null)
                        .min(Instant::compareTo).ifPresent(d -> due.put(dossier.id(), d));
            }
        }
        model.addAttribute("dossiers", dossiers);
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
                  @RequestParam(defaultValue = "") String cost, Model model, HttpServletResponse response) {
        Long amount = Forms.amount(cost);
        try {
            if (amount == null || amount <= 0) {
                throw new DomainFailure(DomainFailure.Kind.INVALID, "INVALID_AMOUNT", "Enter the eligible cost in đồng",
                        Map.of("field", "cost"));
            }
            Application created = applications.create(actor, item, title, amount);
            return "redirect:/my/dossiers/" + created.id() + "?created";
        } catch (DomainFailure failure) {
            Map<String, DomainFailure> errors = Forms.errors(failure);
            if (errors.containsKey("amount") || errors.containsKey("eligibleCostVnd")) {
                errors = Forms.error("cost", failure.code(), failure.getMessage());
            }
            model.addAttribute("errors", errors);
            response.setStatus(422);
            return wizard(item, cost, title, model);
        }
    }

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        pages.show(actor, id, model);
        model.addAttribute("myTasks", inbox.tasksOf(actor, id));
        return "applicant/dossier";
    }

    @PostMapping("/{id}/documents")
    String upload(Actor actor, @PathVariable long id, @RequestParam(required = false) DocumentKind kind,
                  @RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new DomainFailure(DomainFailure.Kind.INVALID, "EMPTY_DOCUMENT", "Choose a file", Map.of("field", "file"));
            }
            applications.addDocument(actor, id, kind, file.getOriginalFilename(), file.getContentType(), file.getBytes());
        } catch (DomainFailure failure) {
            return again(actor, id, failure, model, response);
        }
        redirect.addFlashAttribute("notice", "notice.uploaded");
        return "redirect:/my/dossiers/" + id + "#documents";
    }

    @PostMapping("/{id}/submit")
    String submit(Actor actor, @PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            applications.submit(actor, id);
        } catch (DomainFailure failure) {
            return again(actor, id, failure, model, response);
        }
        redirect.addFlashAttribute("notice", "notice.submitted");
        return "redirect:/my/dossiers/" + id;
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(Actor actor, @PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            applications.withdraw(actor, id);
        } catch (DomainFailure failure) {
            return again(actor, id, failure, model, response);
        }
        redirect.addFlashAttribute("notice", "notice.withdrawn");
        return "redirect:/my/dossiers/" + id;
    }

    /** The applicant's own steps: sending the supplement, or the certificate of protection. */
    @PostMapping("/{id}/tasks/{taskId}")
    String completeStep(Actor actor, @PathVariable long id, @PathVariable String taskId, Model model,
                        HttpServletResponse response, RedirectAttributes redirect) {
        try {
            OpenTask task = inbox.task(actor, taskId);
            if (task.applicationId() != id) {
                throw DomainFailure.notFound("task", taskId);
            }
            review.complete(actor, taskId, TaskCompletion.of(Outcome.SUBMIT));
        } catch (DomainFailure failure) {
            return again(actor, id, failure, model, response);
        }
        redirect.addFlashAttribute("notice", "notice.stepDone");
        return "redirect:/my/dossiers/" + id;
    }

    private String again(Actor actor, long id, DomainFailure failure, Model model, HttpServletResponse response) {
        if (failure.kind() == DomainFailure.Kind.NOT_FOUND) {
            throw failure;
        }
        response.setStatus(failure.kind() == DomainFailure.Kind.CONFLICT ? 409 : 422);
        model.addAttribute("errors", Forms.errors(failure));
        return show(actor, id, model);
    }
}

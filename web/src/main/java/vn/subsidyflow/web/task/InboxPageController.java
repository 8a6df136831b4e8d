package vn.subsidyflow.web.task;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.subsidyflow.applicant.Accounts;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.ApplicationFilter;
import vn.subsidyflow.application.Applications;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.review.Inbox;
import vn.subsidyflow.review.InboxFilter;
import vn.subsidyflow.review.OpenTask;
import vn.subsidyflow.review.Review;
import vn.subsidyflow.review.TaskCompletion;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.web.application.ApplicationPages;
import vn.subsidyflow.web.page.FormPage;
import vn.subsidyflow.web.page.Formats;
import vn.subsidyflow.web.page.Forms;
import vn.subsidyflow.web.page.PageController;
import vn.subsidyflow.web.page.RefusedForm;
import vn.subsidyflow.web.problem.Paging;
import vn.subsidyflow.workflow.Outcome;
import vn.subsidyflow.workflow.Step;

/**
 * The staff inbox (like a tasklist: filter, sort, claim) and the task page where a step is done.
 * After a step the next task opens at once, without going back to the list.
 */
@PageController
class InboxPageController implements FormPage {

    static final List<String> STAFF_STEPS = Step.staffSteps().stream().map(Step::key).toList();
    private static final int DUE_SOON_WORKING_DAYS = 2;
    private static final int INBOX_PAGE = 50;

    private final Inbox inbox;
    private final Review review;
    private final Applications applications;
    private final Accounts accounts;
    private final WorkingDayCalendar calendar;
    private final ApplicationPages pages;
    private final Clock clock;
    private final Formats formats;

    InboxPageController(Inbox inbox, Review review, Applications applications, Accounts accounts, WorkingDayCalendar calendar,
                    ApplicationPages pages, Clock clock, Formats formats) {
        this.formats = formats;
        this.inbox = inbox;
        this.review = review;
        this.applications = applications;
        this.accounts = accounts;
        this.calendar = calendar;
        this.pages = pages;
        this.clock = clock;
    }

    /**
     * One page of the inbox, filtered, sorted and counted by the database (the whole queue, however
     * long, is never loaded), with how many tasks each step holds under the other filters.
     */
    @GetMapping("/inbox")
    String inbox(Actor actor, @RequestParam(required = false) String step, @RequestParam(required = false) Category category,
                 @RequestParam(required = false) String due, @RequestParam(defaultValue = "false") boolean mine,
                 @RequestParam(defaultValue = "due") String sort,
                 @RequestParam(defaultValue = "0") @Paging.Page int page, Model model) {
        String key = step != null && STAFF_STEPS.contains(step) ? step : null;
        Instant now = clock.instant();
        Instant soon = soonLimit();
        Instant dueFrom = "soon".equals(due) ? now : null;
        Instant dueBefore = "overdue".equals(due) ? now : "soon".equals(due) ? soon : null;
        InboxFilter.Order order = switch (sort) {
            case "received" -> InboxFilter.Order.RECEIVED;
            case "organisation" -> InboxFilter.Order.ORGANISATION;
            case "amount" -> InboxFilter.Order.AMOUNT;
            default -> InboxFilter.Order.DUE;
        };
        InboxFilter filter = new InboxFilter(key, category, null, mine, dueFrom, dueBefore, order, page * INBOX_PAGE, INBOX_PAGE);
        long total = inbox.count(actor, filter);
        model.addAttribute("tasks", inbox.tasks(actor, filter));
        model.addAttribute("total", total);
        model.addAttribute("stepCounts", inbox.countByStep(actor, filter));
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (total + INBOX_PAGE - 1) / INBOX_PAGE));
        model.addAttribute("previousUrl", page > 0 ? pageUrl(page - 1) : null);
        model.addAttribute("nextUrl", (long) (page + 1) * INBOX_PAGE < total ? pageUrl(page + 1) : null);
        model.addAttribute("now", now);
        model.addAttribute("soon", soon);
        model.addAttribute("steps", STAFF_STEPS);
        model.addAttribute("categories", Category.values());
        model.addAttribute("f", Map.of("step", key == null ? "" : key, "category", category == null ? "" : category.name(),
                "due", due == null ? "" : due, "mine", mine, "sort", sort));
        return "staff/inbox";
    }

    private static String pageUrl(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build().toUriString();
    }

    @GetMapping("/inbox/tasks/{taskId}")
    String task(Actor actor, @PathVariable String taskId, Model model) {
        OpenTask task = inbox.task(actor, taskId);
        Application application = pages.show(actor, task.applicationId(), model);
        model.addAttribute("task", task);
        model.addAttribute("outcomes", task.step().outcomes().stream().map(Outcome::name).toList());
        model.addAttribute("now", clock.instant());
        model.addAttribute("soon", soonLimit());
        model.addAttribute("organisation", accounts.organisation(application.organisationId()));
        model.addAttribute("previous", applications.list(actor, new ApplicationFilter(application.organisationId(), null, null, 0, 200))
                .stream().filter(s -> s.id() != application.id()).toList());
        model.addAttribute("today", calendar.today());
        model.addAttribute("suggestedAmount", formats.number(application.maxSupportVnd()));
        return "staff/task";
    }

    @PostMapping("/inbox/tasks/{taskId}/claim")
    String claim(Actor actor, @PathVariable String taskId, @RequestParam(defaultValue = "task") String back,
                 RedirectAttributes redirect) {
        review.claim(actor, taskId);
        redirect.addFlashAttribute("notice", "notice.claimed");
        return claimedFrom(back, taskId);
    }

    @PostMapping("/inbox/tasks/{taskId}/unclaim")
    String unclaim(Actor actor, @PathVariable String taskId, RedirectAttributes redirect) {
        review.unclaim(actor, taskId);
        redirect.addFlashAttribute("notice", "notice.unclaimed");
        return "redirect:/inbox/tasks/" + taskId;
    }

    @PostMapping("/inbox/tasks/{taskId}/complete")
    String complete(Actor actor, @PathVariable String taskId, @RequestParam(defaultValue = "") String outcome,
                    @RequestParam(required = false) String comment, @RequestParam(required = false) String amount,
                    @RequestParam(required = false) String decisionNumber, @RequestParam(required = false) String decisionDate,
                    @RequestParam(required = false) String paymentReference, RedirectAttributes redirect) {
        Forms.requireFits("comment", comment, 2000);
        Forms.requireFits("decisionNumber", decisionNumber, 60);
        Forms.requireFits("paymentReference", paymentReference, 100);
        Long amountVnd = Forms.amount(amount);
        if (amountVnd != null && amountVnd < 0) {
            throw new DomainFailure(FailureCode.INVALID_AMOUNT, "Enter a whole number of đồng",
                    Map.of("field", "amount"));
        }
        Outcome chosen = Outcome.parse(outcome).orElse(null);
        if (chosen == Outcome.PAY && (paymentReference == null || paymentReference.isBlank())) {
            throw new DomainFailure(FailureCode.MISSING_PAYMENT_REFERENCE,
                    "Enter the State Treasury reference", Map.of("field", "paymentReference"));
        }
        Application done = review.complete(actor, taskId, new TaskCompletion(chosen, blankToNull(comment), amountVnd,
                blankToNull(decisionNumber), date(decisionDate), blankToNull(paymentReference)));
        redirect.addFlashAttribute("notice", "notice.stepDone");
        redirect.addFlashAttribute("doneApplication", done.id());
        return next(actor, taskId).map(t -> "redirect:/inbox/tasks/" + t.taskId()).orElse("redirect:/inbox");
    }

    /** A refused claim goes back where it came from, saying why; a refused step, to the task page as typed. */
    @Override
    public String showAgain(RefusedForm form, Model model) {
        String taskId = form.pathVariable("taskId");
        if (form.handledBy("claim")) {
            return claimedFrom(form.typed("back"), taskId);
        }
        if (form.handledBy("unclaim")) {
            return "redirect:/inbox/tasks/" + taskId;
        }
        model.addAttribute("typed", Map.of("outcome", form.typed("outcome"), "comment", form.typed("comment"),
                "amount", form.typed("amount"), "decisionNumber", form.typed("decisionNumber"),
                "paymentReference", form.typed("paymentReference")));
        return task(form.actor(), taskId, model);
    }

    private static String claimedFrom(String back, String taskId) {
        return "list".equals(back) ? "redirect:/inbox" : "redirect:/inbox/tasks/" + taskId;
    }

    /** The most urgent task the actor can pick up next. */
    private Optional<OpenTask> next(Actor actor, String justDone) {
        return inbox.tasks(actor, new InboxFilter(null, null, null, false, 0, 20)).stream()
                .filter(t -> !t.taskId().equals(justDone))
                .filter(t -> t.assignee() == null || t.assignee().equals(actor.username()))
                .filter(t -> STAFF_STEPS.contains(t.taskKey()))
                .findFirst();
    }

    private Instant soonLimit() {
        LocalDate limit = calendar.addWorkingDays(calendar.today(), DUE_SOON_WORKING_DAYS);
        return limit.plusDays(1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
    }

    private static LocalDate date(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.trim());
        } catch (DateTimeParseException e) {
            throw new DomainFailure(FailureCode.INVALID_DATE, "Enter a date", Map.of("field", "decisionDate"));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

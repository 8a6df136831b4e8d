package vn.subsidyflow.web.task;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.subsidyflow.application.ApplicationStatus;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.review.Inbox;
import vn.subsidyflow.review.InboxFilter;
import vn.subsidyflow.review.OpenTask;
import vn.subsidyflow.review.Review;
import vn.subsidyflow.review.TaskCompletion;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.web.application.ApplicationResponses;
import vn.subsidyflow.web.application.ReturnPreference;
import vn.subsidyflow.web.budget.MoneyRequests;
import vn.subsidyflow.web.problem.AmountVnd;
import vn.subsidyflow.web.problem.Paging;
import vn.subsidyflow.web.problem.SensibleDate;
import vn.subsidyflow.workflow.Outcome;

/** The task inbox and the actions on tasks. */
@RestController
@RequestMapping("/api/v1/tasks")
class TaskController {

    record TaskResponse(String id, long applicationId, String key, String name, Instant dueDate, boolean overdue,
                        String candidateGroup, String assignee, Instant createdAt, String organisationName,
                        String supportItemCode, Category category, String title, ApplicationStatus applicationStatus,
                        long maxSupportVnd, Long recommendedAmountVnd, Long approvedAmountVnd, List<Outcome> outcomes) {

        static TaskResponse of(OpenTask t, Instant now) {
            return new TaskResponse(t.taskId(), t.applicationId(), t.taskKey(), t.name(), t.dueAt(),
                    t.dueAt() != null && t.dueAt().isBefore(now), t.candidateGroup(), t.assignee(), t.createdAt(),
                    t.organisationName(), t.supportItemCode(), t.category(), t.title(), t.status(), t.maxSupportVnd(),
                    t.recommendedAmountVnd(), t.approvedAmountVnd(), t.step().outcomes());
        }
    }

    record CompleteRequest(@Size(max = 40) String outcome, @Size(max = 2000) String comment, @AmountVnd Long amountVnd,
                           @Size(max = 60) String decisionNumber, @SensibleDate(code = FailureCode.INVALID_DECISION_DATE) LocalDate decisionDate,
                           @Size(max = 100) String paymentReference) {
    }

    private final Inbox inbox;
    private final Review review;
    private final ApplicationResponses responses;
    private final Clock clock;
    private final MoneyRequests money;

    TaskController(Inbox inbox, Review review, ApplicationResponses responses, Clock clock, MoneyRequests money) {
        this.money = money;
        this.inbox = inbox;
        this.review = review;
        this.responses = responses;
        this.clock = clock;
    }

    @GetMapping
    ResponseEntity<List<TaskResponse>> tasks(Actor actor, @RequestParam(required = false) @Size(max = 60) String key,
                                             @RequestParam(required = false) Category category,
                                             @RequestParam(required = false) Long applicationId,
                                             @RequestParam(defaultValue = "false") boolean mine,
                                             @RequestParam(defaultValue = "0") @Paging.Offset int offset,
                                             @RequestParam(defaultValue = "50") @Paging.Size int limit) {
        InboxFilter filter = new InboxFilter(key, category, applicationId, mine, offset, limit);
        Instant now = clock.instant();
        List<OpenTask> page = inbox.tasks(actor, filter);
        // A page that is not full is the last one: the total is known without counting.
        boolean last = page.size() < filter.limit() && (filter.offset() == 0 || !page.isEmpty());
        long total = last ? filter.offset() + page.size() : inbox.count(actor, filter);
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(total))
                .body(page.stream().map(t -> TaskResponse.of(t, now)).toList());
    }

    @GetMapping("/{id}")
    TaskResponse task(Actor actor, @PathVariable @Size(max = 64) String id) {
        return TaskResponse.of(inbox.task(actor, id), clock.instant());
    }

    /**
     * Completes a task. {@code PAY} moves money, so like every money POST it honours
     * {@code Idempotency-Key}: a replay gets the first answer again, not a second payment attempt.
     */
    @PostMapping("/{id}/complete")
    ResponseEntity<?> complete(Actor actor, @PathVariable @Size(max = 64) String id, @Valid @RequestBody CompleteRequest request,
                               @RequestHeader(name = MoneyRequests.HEADER, required = false) String key,
                               @Parameter(description = ReturnPreference.DESCRIPTION)
                               @RequestHeader(name = ReturnPreference.PREFER, required = false) String prefer) {
        // An outcome the process does not know travels as none: the step refuses it once the task is found.
        Outcome outcome = Outcome.parse(request.outcome()).orElse(null);
        TaskCompletion completion = new TaskCompletion(outcome, request.comment(), request.amountVnd(),
                request.decisionNumber(), request.decisionDate(), request.paymentReference());
        boolean minimal = ReturnPreference.minimal(prefer);
        if (outcome == Outcome.PAY) {
            ResponseEntity<String> paid = money.execute(actor, key, "POST", "/api/v1/tasks/" + id + "/complete", request, () ->
                    ResponseEntity.ok(responses.of(actor, review.complete(actor, id, completion), minimal)));
            // A replay answers what was stored the first time, whichever form that was.
            if (!minimal || "true".equals(paid.getHeaders().getFirst("Idempotent-Replayed"))) {
                return paid;
            }
            return ReturnPreference.applied(ResponseEntity.status(paid.getStatusCode()).headers(paid.getHeaders()))
                    .body(paid.getBody());
        }
        Object body = responses.of(actor, review.complete(actor, id, completion), minimal);
        return minimal ? ReturnPreference.applied(ResponseEntity.ok()).body(body) : ResponseEntity.ok(body);
    }

    @PostMapping("/{id}/claim")
    TaskResponse claim(Actor actor, @PathVariable @Size(max = 64) String id) {
        review.claim(actor, id);
        return TaskResponse.of(inbox.task(actor, id), clock.instant());
    }

    @PostMapping("/{id}/unclaim")
    TaskResponse unclaim(Actor actor, @PathVariable @Size(max = 64) String id) {
        review.unclaim(actor, id);
        return TaskResponse.of(inbox.task(actor, id), clock.instant());
    }
}

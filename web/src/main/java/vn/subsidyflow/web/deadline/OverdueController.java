package vn.subsidyflow.web.deadline;

import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.subsidyflow.deadline.OverdueTask;
import vn.subsidyflow.deadline.OverdueTasks;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.web.problem.Paging;

/** The staff tasks past their due date, for the approvers who follow them up. */
@RestController
class OverdueController {

    record OverdueResponse(String taskId, String step, long applicationId, String title, String organisationName,
                           Instant dueAt, int workingDaysLate, boolean escalated) {

        static OverdueResponse of(OverdueTask t) {
            return new OverdueResponse(t.taskId(), t.step().key(), t.applicationId(), t.title(), t.organisationName(),
                    t.dueAt(), t.workingDaysLate(), t.escalated());
        }
    }

    record OverduePage(int page, int size, long total, List<OverdueResponse> items) {
    }

    private final OverdueTasks overdue;

    OverdueController(OverdueTasks overdue) {
        this.overdue = overdue;
    }

    @GetMapping("/api/v1/tasks/overdue")
    OverduePage overdue(Actor actor, @RequestParam(defaultValue = "0") @Paging.Page int page,
                        @RequestParam(defaultValue = "50") @Paging.Size int size) {
        List<OverdueResponse> items = overdue.page(actor, page * size, size).stream().map(OverdueResponse::of).toList();
        return new OverduePage(page, size, overdue.count(actor), items);
    }
}

package vn.subsidyflow.review;

import java.time.Instant;
import vn.subsidyflow.application.ApplicationStatus;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.workflow.Step;

/** One inbox row: the task and what a worker needs to pick it (applicant, item, amount, due date). */
public record OpenTask(String taskId, long applicationId, String processInstanceId, String taskKey, String name,
                       String candidateGroup, String assignee, Instant dueAt, Instant createdAt, String organisationName,
                       String supportItemCode, Category category, String title, ApplicationStatus status,
                       long maxSupportVnd, Long recommendedAmountVnd, Long approvedAmountVnd) {

    /** The process step this task is; every task the process opens is one. */
    public Step step() {
        return Step.of(taskKey);
    }
}

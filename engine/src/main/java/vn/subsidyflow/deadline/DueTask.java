package vn.subsidyflow.deadline;

import java.time.Instant;

/** An open task and its due date, as the deadline watch reads it from the inbox read model. */
record DueTask(String taskId, long applicationId, String taskKey, String title, String organisationName, Instant dueAt,
               boolean escalated) {
}

package vn.subsidyflow.deadline;

import java.time.Instant;
import vn.subsidyflow.workflow.Step;

/**
 * A staff task past its due date: the task, its step, the dossier and its organisation, when it was
 * due, how many working days late it is now, and whether it was escalated already.
 */
public record OverdueTask(String taskId, Step step, long applicationId, String title, String organisationName,
                          Instant dueAt, int workingDaysLate, boolean escalated) {
}

package vn.subsidyflow.deadline;

import java.time.Instant;
import vn.subsidyflow.workflow.Step;

/** A staff step of a dossier passed its due date and was escalated to the approver (once per step taken). */
public record StepOverdue(long applicationId, Step step, Instant dueAt) {
}

package vn.subsidyflow.deadline;

import java.util.List;

/**
 * The steps a dossier's process opened, finished or not, oldest first (the process engine's
 * history, its sub-processes included). Implemented at the edge where the engine is known.
 */
public interface StepHistory {

    List<OpenedStep> stepsOf(String processInstanceId);

    /** A user task the process opened: its step key, when, and when and by whom it was done (null while open). */
    record OpenedStep(String taskId, String stepKey, java.time.Instant openedAt, java.time.Instant doneAt, String doneBy) {
    }
}

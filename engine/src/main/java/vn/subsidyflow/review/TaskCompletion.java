package vn.subsidyflow.review;

import java.time.LocalDate;
import vn.subsidyflow.workflow.Outcome;

/**
 * What the user says when completing a task. Which fields matter depends on the step and outcome
 * (e.g. {@code amountVnd} for RECOMMEND_APPROVAL, {@code decisionNumber} for APPROVE,
 * {@code paymentReference} for PAY).
 *
 * @param outcome {@code null} when the caller named no outcome the process knows; the step refuses
 *                it as {@code INVALID_OUTCOME} once the task is found
 */
public record TaskCompletion(Outcome outcome, String comment, Long amountVnd, String decisionNumber, LocalDate decisionDate,
                             String paymentReference) {

    public static TaskCompletion of(Outcome outcome) {
        return new TaskCompletion(outcome, null, null, null, null, null);
    }
}

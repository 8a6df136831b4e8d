package vn.subsidyflow.review;

import java.time.LocalDate;

/**
 * What the user says when completing a task. Which fields matter depends on the step and outcome
 * (e.g. {@code amountVnd} for RECOMMEND_APPROVAL, {@code decisionNumber} for APPROVE,
 * {@code paymentReference} for PAY).
 */
public record TaskCompletion(String outcome, String comment, Long amountVnd, String decisionNumber, LocalDate decisionDate,
                             String paymentReference) {

    public static TaskCompletion of(String outcome) {
        return new TaskCompletion(outcome, null, null, null, null, null);
    }
}

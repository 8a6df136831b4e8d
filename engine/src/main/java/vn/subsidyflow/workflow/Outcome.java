package vn.subsidyflow.workflow;

import java.util.Optional;

/**
 * What a person says when completing a step. The names are the wire values: the JSON and form
 * {@code outcome}, and the {@code ${outcome == '…'}} conditions of the BPMN gateways. Several
 * steps share a word (ACCEPT, REQUEST_SUPPLEMENT, SUBMIT); which step takes which is
 * {@link StepOutcome}.
 */
public enum Outcome {
    ACCEPT, REQUEST_SUPPLEMENT, REFUSE, SUBMIT, RECOMMEND_APPROVAL, RECOMMEND_REJECTION, APPROVE, REJECT, RETURN, PAY,
    /** The IP Office refused protection: no certificate will come, so the support is not granted. */
    NOT_GRANTED;

    /** The process variable the BPMN gateways route on. */
    public static final String VARIABLE = "outcome";

    /**
     * The outcome a caller named, or empty when the text names none (blank, misspelt, another
     * case). Empty is not refused here: the step refuses it once the task is found, so an unknown
     * outcome never tells a caller whether someone else's task exists.
     */
    public static Optional<Outcome> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.trim();
        for (Outcome outcome : values()) {
            if (outcome.name().equals(name)) {
                return Optional.of(outcome);
            }
        }
        return Optional.empty();
    }
}

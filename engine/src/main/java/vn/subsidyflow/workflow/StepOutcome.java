package vn.subsidyflow.workflow;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Each outcome each step accepts: the rows of the process contract, one per route out of a step in
 * the BPMN. A type of its own, rather than a set on {@link Step}, so that code acting on a
 * completed step can switch over all of them and the compiler refuses a new row without its
 * effect; {@link Outcome} stays the word on the wire, shared by several steps.
 */
public enum StepOutcome {
    INTAKE_ACCEPT(Step.INTAKE, Outcome.ACCEPT),
    INTAKE_REQUEST_SUPPLEMENT(Step.INTAKE, Outcome.REQUEST_SUPPLEMENT),
    INTAKE_REFUSE(Step.INTAKE, Outcome.REFUSE),
    SUPPLEMENT_SUBMIT(Step.SUPPLEMENT, Outcome.SUBMIT),
    APPRAISAL_RECOMMEND_APPROVAL(Step.APPRAISAL, Outcome.RECOMMEND_APPROVAL),
    APPRAISAL_RECOMMEND_REJECTION(Step.APPRAISAL, Outcome.RECOMMEND_REJECTION),
    DECISION_APPROVE(Step.DECISION, Outcome.APPROVE),
    DECISION_REJECT(Step.DECISION, Outcome.REJECT),
    DECISION_RETURN(Step.DECISION, Outcome.RETURN),
    COMPLETION_EVIDENCE_SUBMIT(Step.COMPLETION_EVIDENCE, Outcome.SUBMIT),
    VERIFY_COMPLETION_ACCEPT(Step.VERIFY_COMPLETION, Outcome.ACCEPT),
    VERIFY_COMPLETION_REQUEST_SUPPLEMENT(Step.VERIFY_COMPLETION, Outcome.REQUEST_SUPPLEMENT),
    VERIFY_COMPLETION_NOT_GRANTED(Step.VERIFY_COMPLETION, Outcome.NOT_GRANTED),
    PAYMENT_PAY(Step.PAYMENT, Outcome.PAY);

    private static final Map<Step, List<Outcome>> BY_STEP = Arrays.stream(values()).collect(Collectors.groupingBy(
            StepOutcome::step, () -> new EnumMap<>(Step.class),
            Collectors.mapping(StepOutcome::outcome, Collectors.toUnmodifiableList())));

    private final Step step;
    private final Outcome outcome;

    StepOutcome(Step step, Outcome outcome) {
        this.step = step;
        this.outcome = outcome;
    }

    public Step step() {
        return step;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** How the audit trail names the step taken, e.g. {@code DECISION:APPROVE}. */
    public String auditAction() {
        return step.key().toUpperCase(Locale.ROOT) + ":" + outcome.name();
    }

    /** The row for this step and outcome; empty when the step does not take the outcome (or none was named). */
    public static Optional<StepOutcome> of(Step step, Outcome outcome) {
        return Arrays.stream(values()).filter(row -> row.step == step && row.outcome == outcome).findFirst();
    }

    static List<Outcome> outcomesOf(Step step) {
        return BY_STEP.getOrDefault(step, List.of());
    }
}

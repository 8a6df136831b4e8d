package vn.subsidyflow.catalog;

import vn.subsidyflow.calendar.DeadlineSettings;
import vn.subsidyflow.workflow.Step;

/**
 * The procedure's processing time under one policy version, in working days: each step's limit,
 * the supplement's lapse period, and the total from the receipt to the result (the appointment).
 * A resolution fixes these, so they are data of the version, copied with it.
 */
public record ProcessingTime(int intake, int supplement, int appraisal, int decision, int verifyCompletion, int payment,
                             int total) {

    /** What a version without a processing time of its own runs under: the settings. */
    public static ProcessingTime of(DeadlineSettings settings) {
        return new ProcessingTime(settings.intake(), settings.supplement(), settings.appraisal(), settings.decision(),
                settings.verifyCompletion(), settings.payment(), settings.total());
    }

    /** The working days the step may take; a step without a limit has none to give. */
    public int days(Step step) {
        return switch (step) {
            case INTAKE -> intake;
            case SUPPLEMENT -> supplement;
            case APPRAISAL -> appraisal;
            case DECISION -> decision;
            case VERIFY_COMPLETION -> verifyCompletion;
            case PAYMENT -> payment;
            case COMPLETION_EVIDENCE -> throw new IllegalArgumentException("Step '" + step.key() + "' has no deadline");
        };
    }
}

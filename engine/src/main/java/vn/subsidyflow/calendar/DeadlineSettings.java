package vn.subsidyflow.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.subsidyflow.workflow.Step;

/**
 * How many working days each step of the process may take ({@code subsidyflow.deadlines.<step>}),
 * defaulting to the usual administrative-procedure limits. Checked when the application starts:
 * a limit of zero or less, or beyond a working year, is a typo that would make every dossier
 * overdue at once or never, so the application refuses to start on it. {@code total} is the working
 * days from the receipt to the result, which the appointment is counted from. These are the defaults
 * of a policy version that carries no processing time of its own ({@code catalog.ProcessingTime}).
 */
@ConfigurationProperties("subsidyflow.deadlines")
public record DeadlineSettings(@DefaultValue("5") int intake, @DefaultValue("10") int supplement,
                               @DefaultValue("10") int appraisal, @DefaultValue("5") int decision,
                               @DefaultValue("5") int verifyCompletion, @DefaultValue("5") int payment,
                               @DefaultValue("20") int total) {

    /** About the working days of a year. */
    static final int MAX_DAYS = 250;

    public DeadlineSettings {
        check(Step.INTAKE, intake);
        check(Step.SUPPLEMENT, supplement);
        check(Step.APPRAISAL, appraisal);
        check(Step.DECISION, decision);
        check(Step.VERIFY_COMPLETION, verifyCompletion);
        check(Step.PAYMENT, payment);
        if (total < 1 || total > MAX_DAYS) {
            throw new IllegalArgumentException("subsidyflow.deadlines.total must be between 1 and " + MAX_DAYS
                    + " working days, not " + total);
        }
    }

    public static DeadlineSettings defaults() {
        return new DeadlineSettings(5, 10, 10, 5, 5, 5, 20);
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

    private static void check(Step step, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("subsidyflow.deadlines." + step.key() + " must be between 1 and " + MAX_DAYS
                    + " working days, not " + days);
        }
    }
}

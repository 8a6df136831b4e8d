package vn.subsidyflow.workflow;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.subsidyflow.shared.Role;

/**
 * A step of the dossier's process that a person takes: one BPMN user task, whose id is
 * {@link #key()}. Its candidate group is its {@link #role()} (for the applicant's steps, the
 * organisation's own group, {@code ${applicantGroup}}); its outcomes are listed in
 * {@link StepOutcome}; its working-day limit is the processing time of the dossier's policy version
 * (by default the setting {@code subsidyflow.deadlines.<key>}).
 */
public enum Step {
    INTAKE("intake", Role.INTAKE, Deadline.DUE_DATE),
    SUPPLEMENT("supplement", Role.APPLICANT, Deadline.LAPSES),
    APPRAISAL("appraisal", Role.REVIEWER, Deadline.DUE_DATE),
    DECISION("decision", Role.APPROVER, Deadline.DUE_DATE),
    // No limit: the IP Office takes months to grant or refuse protection.
    COMPLETION_EVIDENCE("completionEvidence", Role.APPLICANT, Deadline.NONE),
    VERIFY_COMPLETION("verifyCompletion", Role.REVIEWER, Deadline.DUE_DATE),
    PAYMENT("payment", Role.FINANCE, Deadline.DUE_DATE);

    /** How the step's working-day limit shows in the BPMN. */
    public enum Deadline {
        /**
         * The task is due: {@code flowable:dueDate="${deadlines.due('<key>', applicationId)}"}, counted
         * under the processing time of the dossier's policy version.
         */
        DUE_DATE,
        /**
         * The step lapses: a boundary timer at {@code ${deadlines.due('<key>', applicationId)}} cancels
         * the task, which is due at the same instant (so its lapse date shows as its due date).
         */
        LAPSES,
        /** No limit. */
        NONE
    }

    /** The BPMN expression that hands the candidate group of the applicant's steps to the task. */
    public static final String APPLICANT_GROUP_EXPRESSION = "${applicantGroup}";

    private final String key;
    private final Role role;
    private final Deadline deadline;

    Step(String key, Role role, Deadline deadline) {
        this.key = key;
        this.role = role;
        this.deadline = deadline;
    }

    /** The user task id in the BPMN, the task {@code key} in the API and the inbox. */
    public String key() {
        return key;
    }

    public Role role() {
        return role;
    }

    public Deadline deadline() {
        return deadline;
    }

    /** The {@code flowable:candidateGroups} the step's user task must carry. */
    public String candidateGroup() {
        return role == Role.APPLICANT ? APPLICANT_GROUP_EXPRESSION : role.name();
    }

    /** Staff take it from the inbox; the applicant's steps are done from the dossier page. */
    public boolean isStaffStep() {
        return role != Role.APPLICANT;
    }

    /** The outcomes the step accepts, in the order they are offered. */
    public List<Outcome> outcomes() {
        return StepOutcome.outcomesOf(this);
    }

    /** The step whose user task has this id, if any. */
    public static Optional<Step> ofKey(String key) {
        return Arrays.stream(values()).filter(step -> step.key.equals(key)).findFirst();
    }

    /** The step of a task the process opened; every user task is a step, so anything else is a bug. */
    public static Step of(String key) {
        return ofKey(key).orElseThrow(() -> new IllegalArgumentException("'" + key + "' is not a step of the process"));
    }

    public static List<Step> staffSteps() {
        return Arrays.stream(values()).filter(Step::isStaffStep).toList();
    }
}

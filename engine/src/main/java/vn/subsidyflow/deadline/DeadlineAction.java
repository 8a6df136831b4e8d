package vn.subsidyflow.deadline;

/**
 * What the deadline watch did once per subject: its row in {@code deadline_action} is the claim, so
 * two nodes never act twice.
 */
enum DeadlineAction {
    /** A staff step passed its due date: escalated, with an apology and a new appointment. Subject: the task. */
    STEP_OVERDUE,
    /** The supplement lapses in two working days. Subject: the supplement task. */
    LAPSE_APPROACHING,
    /** The evidence is overdue: a reminder to the applicant. Subject: the dossier. */
    EVIDENCE_REMINDED,
    /** The evidence is still overdue a further period on: escalated to staff. Subject: the dossier. */
    EVIDENCE_ESCALATED
}

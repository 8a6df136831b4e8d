package vn.subsidyflow.deadline;

/** What the processing clock stood still for: the dossier waited for the applicant. */
public enum PauseReason {
    /** The one request for supplement: the applicant completes the dossier. */
    SUPPLEMENT,
    /** Intellectual property: the applicant waits for the IP Office and then uploads its outcome. */
    COMPLETION_EVIDENCE
}

package vn.subsidyflow.shared;

/** The security roles; staff roles double as the candidate groups of the BPMN user tasks. */
public enum Role {
    APPLICANT, INTAKE, REVIEWER, APPROVER, FINANCE, ADMIN, AUDITOR
}

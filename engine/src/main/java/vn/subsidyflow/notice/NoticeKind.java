package vn.subsidyflow.notice;

import java.util.Locale;

/** What a notice tells; each kind has its templates {@code notice/<kind in lower case>.html} and {@code .txt}. */
public enum NoticeKind {
    /** The receipt of filing, with the appointment date (paper attached). */
    RECEIPT,
    /** The one request for supplement: what is missing and the lapse date (paper attached). */
    SUPPLEMENT_REQUEST,
    /** Refused at intake or rejected at decision, with the reasons (paper attached). */
    REFUSAL,
    /** A step ran late: an apology and the new appointment date (paper attached). */
    APOLOGY,
    /** The support decision: amount and decision number (paper attached). */
    DECISION,
    /** A payment was ordered through the State Treasury (paper attached). */
    PAYMENT_NOTICE,
    /** The Treasury confirmed the payment. */
    PAYMENT_CONFIRMED,
    /** Approved, but the budget line has too little left: the dossier waits for a top-up. */
    WAITLISTED,
    /** The supplement was not sent in time: the dossier lapsed. */
    LAPSED,
    /** The IP Office refused protection: the dossier ends without support, with the reasons. */
    NOT_GRANTED,
    /** The supplement is due soon: two working days before the dossier lapses. */
    LAPSE_REMINDER,
    /** A staff step passed its due date (to the approvers). */
    ESCALATION,
    /** The completion evidence is overdue (to the applicant). */
    EVIDENCE_REMINDER,
    /** The completion evidence is long overdue (to reviewers and approvers). */
    EVIDENCE_ESCALATION,
    /** A staff member's morning list of overdue and due-soon tasks. */
    STAFF_DIGEST,
    /** A link to choose a new password. */
    PASSWORD_RESET;

    String template() {
        return name().toLowerCase(Locale.ROOT);
    }
}

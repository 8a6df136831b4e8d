package vn.subsidyflow.application;

import java.util.EnumSet;
import java.util.Set;

/** Where a dossier stands. The terminal states end its process. */
public enum ApplicationStatus {
    /** Being prepared by the applicant; not yet visible to staff. */
    DRAFT,
    /** Filed; waiting for the intake check. */
    SUBMITTED,
    /** Intake asked for missing papers; the applicant has 10 working days, then it lapses. */
    SUPPLEMENT_REQUESTED,
    /** Accepted at intake; a reviewer appraises eligibility, costs and amount. */
    IN_APPRAISAL,
    /** Appraised; an approver (not the appraiser) decides. */
    AWAITING_DECISION,
    /** Approved, but the budget line cannot cover it yet; resumed in decision order when money is added. */
    WAITLISTED,
    /** Approved and the amount committed on the budget line. */
    APPROVED,
    /** Intellectual property: waiting for the IP Office's certificate of protection. */
    AWAITING_COMPLETION,
    /** Ready for finance to pay through the State Treasury. */
    AWAITING_PAYMENT,
    /** Paid in full. */
    PAID,
    /** Refused at intake (ineligible), with reasons. */
    REFUSED,
    /** Rejected by the approver, with reasons. */
    REJECTED,
    /** Withdrawn by the applicant. */
    WITHDRAWN,
    /** The supplement was not provided in time. */
    LAPSED,
    /**
     * Intellectual property: the IP Office refused protection, so the support (due per granted
     * certificate) is not granted; the commitment went back to the budget line.
     */
    NOT_GRANTED;

    private static final Set<ApplicationStatus> TERMINAL = EnumSet.of(PAID, REFUSED, REJECTED, WITHDRAWN, LAPSED, NOT_GRANTED);
    private static final Set<ApplicationStatus> SUPPORTED = EnumSet.of(APPROVED, WAITLISTED, AWAITING_COMPLETION,
            AWAITING_PAYMENT, PAID);

    public boolean isTerminal() {
        return TERMINAL.contains(this);
    }

    /** Support decided and not (yet) ended unpaid: what the period report counts. */
    public boolean isSupported() {
        return SUPPORTED.contains(this);
    }
}

package vn.subsidyflow.notice;

/** Where a notice's mail stands. */
public enum NoticeStatus {
    /** Waiting to be sent (or being sent under a worker's lease). */
    PENDING,
    /** Handed to the mail server. */
    SENT,
    /** Every attempt failed; an administrator may send it again. */
    FAILED
}

package vn.subsidyflow.catalog;

/** Where a policy version is in its life; only a {@link #DRAFT}'s items and values may change. */
public enum PolicyVersionStatus {
    /** Being prepared by an administrator: never on an applicant's list, no dossier is pinned to it. */
    DRAFT,
    /** Published: its items are on the list from its effective-from date (up to its effective-to date, if any). */
    IN_FORCE,
    /** Its last day is fixed for good: off the list after its effective-to date; its dossiers stay under it. */
    CLOSED
}

package vn.subsidyflow.application;

/**
 * A dossier was inserted or saved: its status before and after ({@code statusBefore} null on
 * insert; equal when the save changed something else) and what the period report counts of it
 * before and after ({@code null}: not supported). Published inside the saving transaction, so a
 * listener that writes (the report tally, a notice, a paper) commits or rolls back with the
 * change itself.
 */
public record ApplicationChanged(long applicationId, ApplicationStatus statusBefore, ApplicationStatus statusAfter,
                                 SupportedApplication before, SupportedApplication after) {

    /** The save moved the dossier to another status. */
    public boolean statusChanged() {
        return statusBefore != statusAfter;
    }

    /** The save moved the dossier into {@code status} just now. */
    public boolean entered(ApplicationStatus status) {
        return statusAfter == status && statusBefore != status;
    }
}

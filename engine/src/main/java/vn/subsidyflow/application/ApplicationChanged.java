package vn.subsidyflow.application;

/**
 * A dossier was inserted or saved: what the period report counts of it before and after
 * ({@code null}: not supported). Published inside the saving transaction, so a listener that
 * writes (the report summary) commits or rolls back with the change itself.
 */
public record ApplicationChanged(long applicationId, SupportedApplication before, SupportedApplication after) {
}

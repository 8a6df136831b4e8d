package vn.subsidyflow.deadline;

import java.time.LocalDate;

/**
 * An intellectual-property dossier has waited for its certificate of protection since
 * {@code awaitingSince} beyond the allowed period: first a reminder to the applicant, then
 * ({@code escalated}) a notice to the reviewers and approver.
 */
public record EvidenceOverdue(long applicationId, LocalDate awaitingSince, boolean escalated) {
}

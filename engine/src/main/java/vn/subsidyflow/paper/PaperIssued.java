package vn.subsidyflow.paper;

/**
 * An official paper was issued for a dossier, inside the transaction of the change that caused it:
 * what tells the applicant (a notice with the paper attached) listens to it.
 */
public record PaperIssued(long applicationId, long paperId, PaperKind kind, String number) {
}

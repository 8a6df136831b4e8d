package vn.subsidyflow.disbursement;

/**
 * A dossier paid in full whose process is still to be closed, and how often closing it has failed.
 */
record PaidProcess(long applicationId, String processInstanceId, int attempts) {
}

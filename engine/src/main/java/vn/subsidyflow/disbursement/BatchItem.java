package vn.subsidyflow.disbursement;

/** One dossier to pay in a batch; without an amount, everything still owed on it. */
public record BatchItem(Long applicationId, Long amountVnd) {
}

package vn.subsidyflow.disbursement;

/**
 * A payment was ordered to the State Treasury for a dossier (the DISBURSE entry made), inside the
 * ordering transaction: the payment notice and the applicant's notice follow from it.
 */
public record PaymentOrdered(long applicationId, long paymentId, int tranche, long amountVnd) {
}

package vn.subsidyflow.disbursement;

/** The State Treasury confirmed an ordered payment with its reference, inside the confirming transaction. */
public record PaymentConfirmed(long applicationId, long paymentId, int tranche, long amountVnd, String treasuryReference) {
}

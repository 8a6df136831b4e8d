package vn.subsidyflow.disbursement;

/**
 * A payment is QUEUED in a batch; a worker ORDERS it (the DISBURSE ledger movement and the payment
 * order to the State Treasury, in one transaction); the Treasury's reference CONFIRMS it. A payment
 * that could no longer be made when its turn came (dossier withdrawn, bank account changed) is
 * FAILED and moved nothing.
 */
public enum PaymentStatus {
    QUEUED, ORDERED, CONFIRMED, FAILED
}

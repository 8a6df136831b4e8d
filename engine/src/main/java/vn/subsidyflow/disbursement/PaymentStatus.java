package vn.subsidyflow.disbursement;

/** A payment is ordered to the State Treasury, then confirmed with the Treasury's reference. */
public enum PaymentStatus {
    ORDERED, CONFIRMED
}

package vn.subsidyflow.disbursement;

import java.time.Instant;

/** One payment (tranche) of a dossier's approved support, to the bank account checked when it was queued. */
public record Payment(Long id, long applicationId, int tranche, long amountVnd, PaymentStatus status, Long batchId,
                      String bankName, String bankAccountNumber, String bankAccountName, String treasuryReference,
                      Instant orderedAt, String failure, String idempotencyKey, String createdBy, Instant confirmedAt,
                      Instant createdAt) {

    /** This payment as stored under the id the database gave it. */
    Payment withId(long newId) {
        return new Payment(newId, applicationId, tranche, amountVnd, status, batchId, bankName, bankAccountNumber,
                bankAccountName, treasuryReference, orderedAt, failure, idempotencyKey, createdBy, confirmedAt, createdAt);
    }
}

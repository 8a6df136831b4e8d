package vn.subsidyflow.disbursement;

import java.time.Instant;

/** One payment (tranche) of a dossier's approved support. */
public record Payment(Long id, long applicationId, int tranche, long amountVnd, PaymentStatus status, Long batchId,
                      String bankName, String bankAccountNumber, String bankAccountName, String treasuryReference,
                      String idempotencyKey, String createdBy, Instant confirmedAt, Instant createdAt) {
}

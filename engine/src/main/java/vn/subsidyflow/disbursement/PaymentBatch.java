package vn.subsidyflow.disbursement;

import java.time.Instant;
import java.util.List;

/** A payment batch (payment orders sent together to the State Treasury) and its payments. */
public record PaymentBatch(long id, String description, String createdBy, int paymentCount, long totalVnd,
                           Instant createdAt, List<Payment> payments) {

    /** PROCESSING while any payment is still queued, then COMPLETED. */
    public String status() {
        return payments.stream().anyMatch(p -> p.status() == PaymentStatus.QUEUED) ? "PROCESSING" : "COMPLETED";
    }

    public long count(PaymentStatus status) {
        return payments.stream().filter(p -> p.status() == status).count();
    }
}

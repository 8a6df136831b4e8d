package vn.subsidyflow.web.payment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.subsidyflow.disbursement.BatchItem;
import vn.subsidyflow.disbursement.Payment;
import vn.subsidyflow.disbursement.PaymentBatch;
import vn.subsidyflow.disbursement.PaymentBatches;
import vn.subsidyflow.disbursement.PaymentStatus;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.web.budget.MoneyRequests;
import vn.subsidyflow.web.problem.IdempotencyKey;

/**
 * Payment batches (payment orders to the State Treasury) and payment confirmations. Creating a batch
 * and confirming a payment honour {@code Idempotency-Key}.
 */
@RestController
class PaymentController {

    record NewBatch(@Size(max = 300) String description, List<@NotNull BatchItem> payments) {
    }

    record Confirmation(@Size(max = 100) String treasuryReference) {
    }

    record PaymentResponse(long id, long applicationId, int tranche, long amountVnd, PaymentStatus status, Long batchId,
                           String bankName, String bankAccountNumber, String bankAccountName, String treasuryReference,
                           Instant orderedAt, Instant confirmedAt, String failure, String createdBy, Instant createdAt) {

        static PaymentResponse of(Payment p) {
            return new PaymentResponse(p.id(), p.applicationId(), p.tranche(), p.amountVnd(), p.status(), p.batchId(),
                    p.bankName(), p.bankAccountNumber(), p.bankAccountName(), p.treasuryReference(), p.orderedAt(),
                    p.confirmedAt(), p.failure(), p.createdBy(), p.createdAt());
        }
    }

    record BatchResponse(long id, String description, String status, int paymentCount, long totalVnd, long queued,
                         long ordered, long confirmed, long failed, String createdBy, Instant createdAt,
                         List<PaymentResponse> payments) {

        static BatchResponse of(PaymentBatch b) {
            return new BatchResponse(b.id(), b.description(), b.status(), b.paymentCount(), b.totalVnd(),
                    b.count(PaymentStatus.QUEUED), b.count(PaymentStatus.ORDERED), b.count(PaymentStatus.CONFIRMED),
                    b.count(PaymentStatus.FAILED), b.createdBy(), b.createdAt(),
                    b.payments().stream().map(PaymentResponse::of).toList());
        }
    }

    private final PaymentBatches batches;
    private final MoneyRequests money;

    PaymentController(PaymentBatches batches, MoneyRequests money) {
        this.batches = batches;
        this.money = money;
    }

    @PostMapping("/api/v1/payment-batches")
    ResponseEntity<String> create(Actor actor, @Valid @RequestBody NewBatch request,
                                  @RequestHeader(name = MoneyRequests.HEADER, required = false) @IdempotencyKey String key) {
        return money.execute(actor, key, "POST", "/api/v1/payment-batches", request, () ->
                ResponseEntity.status(HttpStatus.CREATED).body(BatchResponse.of(
                        batches.create(actor, request.description(), request.payments()))));
    }

    @GetMapping("/api/v1/payment-batches/{id}")
    BatchResponse batch(@PathVariable long id) {
        return BatchResponse.of(batches.batch(id));
    }

    @GetMapping("/api/v1/payments/{id}")
    PaymentResponse payment(@PathVariable long id) {
        return PaymentResponse.of(batches.payment(id));
    }

    @PostMapping("/api/v1/payments/{id}/confirm")
    ResponseEntity<String> confirm(Actor actor, @PathVariable long id, @Valid @RequestBody Confirmation request,
                                   @RequestHeader(name = MoneyRequests.HEADER, required = false) @IdempotencyKey String key) {
        if (request == null) {
            throw new DomainFailure(FailureCode.MISSING_PAYMENT_REFERENCE, "treasuryReference is required");
        }
        return money.execute(actor, key, "POST", "/api/v1/payments/" + id + "/confirm", request, () ->
                ResponseEntity.ok(PaymentResponse.of(batches.confirm(actor, id, request.treasuryReference()))));
    }
}

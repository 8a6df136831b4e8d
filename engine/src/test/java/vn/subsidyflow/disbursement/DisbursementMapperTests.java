package vn.subsidyflow.disbursement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.subsidyflow.database.GeneratedId;
import vn.subsidyflow.database.MapperTestSupport;
import vn.subsidyflow.database.Rows;

class DisbursementMapperTests extends MapperTestSupport {

    @Autowired
    DisbursementMapper payments;
    @Autowired
    Rows rows;

    private long application;

    @BeforeEach
    void approvedDossier() {
        application = rows.application(rows.organisation("Công ty Kỳ Anh"), "AWAITING_PAYMENT", 2026,
                LocalDate.of(2026, 3, 1), 50_000_000L, 0);
    }

    @Test
    void aPaymentIsInsertedAndFoundByIdKeyDossierAndTranche() {
        assertThat(payments.nextTranche(application)).isEqualTo(1);
        Payment first = payment(1, 30_000_000L, null);
        assertThat(payments.nextTranche(application)).isEqualTo(2);
        Payment second = payment(2, 20_000_000L, null);

        Payment found = payments.find(first.id()).orElseThrow();
        assertThat(found.applicationId()).isEqualTo(application);
        assertThat(found.amountVnd()).isEqualTo(30_000_000L);
        assertThat(found.status()).isEqualTo(PaymentStatus.QUEUED);
        assertThat(found.bankAccountNumber()).isEqualTo("0011004");
        assertThat(found.createdAt()).isNotNull();
        assertThat(payments.find(-1)).isEmpty();
        assertThat(payments.lock(first.id())).contains(found);
        assertThat(payments.findByIdempotencyKey(first.idempotencyKey())).contains(found);
        assertThat(payments.findByIdempotencyKey("no-such-key")).isEmpty();
        assertThat(payments.findByApplication(application)).extracting(Payment::id).containsExactly(first.id(), second.id());
        assertThat(payments.queuedAmount(application)).isEqualTo(50_000_000L);
    }

    @Test
    void aQueuedPaymentIsOrderedThenConfirmedOrFailsAndLeavesTheQueue() {
        Payment ordered = payment(1, 30_000_000L, null);
        Payment failing = payment(2, 20_000_000L, null);
        assertThat(payments.lockQueued(100_000)).extracting(Payment::id).contains(ordered.id(), failing.id());
        assertThat(payments.lockIfQueued(ordered.id())).isPresent();

        assertThat(payments.markConfirmed(ordered.id(), "KBNN-1")).as("only an ordered payment is confirmed").isZero();
        assertThat(payments.markOrdered(ordered.id())).isEqualTo(1);
        assertThat(payments.markOrdered(ordered.id())).isZero();
        assertThat(payments.lockIfQueued(ordered.id())).isEmpty();
        assertThat(payments.markFailed(ordered.id(), "late")).as("an ordered payment no longer fails").isZero();
        assertThat(payments.markConfirmed(ordered.id(), "KBNN-1")).isEqualTo(1);
        Payment confirmed = payments.find(ordered.id()).orElseThrow();
        assertThat(confirmed.status()).isEqualTo(PaymentStatus.CONFIRMED);
        assertThat(confirmed.treasuryReference()).isEqualTo("KBNN-1");
        assertThat(confirmed.orderedAt()).isNotNull();
        assertThat(confirmed.confirmedAt()).isNotNull();

        assertThat(payments.markFailed(failing.id(), "Tài khoản đóng")).isEqualTo(1);
        assertThat(payments.find(failing.id()).orElseThrow().failure()).isEqualTo("Tài khoản đóng");
        assertThat(payments.queuedAmount(application)).isZero();
        assertThat(payments.lockQueued(100_000)).extracting(Payment::id).doesNotContain(ordered.id(), failing.id());
    }

    @Test
    void aBatchKeepsItsCountTotalAndPayments() {
        payments.insertBatch("Đợt chi tháng 3", "finance", 2, 50_000_000L);
        long batch = payments.lastInsertId();
        Payment one = payment(1, 30_000_000L, batch);
        Payment two = payment(2, 20_000_000L, batch);
        payment(3, 1_000L, null);

        DisbursementMapper.BatchRow row = payments.findBatch(batch).orElseThrow();
        assertThat(row.description()).isEqualTo("Đợt chi tháng 3");
        assertThat(row.createdBy()).isEqualTo("finance");
        assertThat(row.paymentCount()).isEqualTo(2);
        assertThat(row.totalVnd()).isEqualTo(50_000_000L);
        assertThat(payments.findByBatch(batch)).extracting(Payment::id).containsExactly(one.id(), two.id());

        assertThat(payments.updateBatchTotal(batch, 30_000_000L)).isEqualTo(1);
        assertThat(payments.findBatch(batch).orElseThrow().totalVnd()).isEqualTo(30_000_000L);
        assertThat(payments.findBatch(-1)).isEmpty();
    }

    @Test
    void aPaidDossiersProcessIsQueuedForClosingClaimedDeferredAfterAFailureAndDeleted() {
        long other = rows.application(rows.organisation("Công ty Cẩm Xuyên"), "PAID", 2026, LocalDate.of(2026, 3, 1),
                20_000_000L, 20_000_000L);
        assertThat(payments.insertPaidProcesses(List.of(new PaidProcess(application, "pi-" + application, 0),
                new PaidProcess(other, "pi-" + other, 0)))).isEqualTo(2);

        assertThat(payments.lockPaidProcesses(100_000)).contains(new PaidProcess(application, "pi-" + application, 0),
                new PaidProcess(other, "pi-" + other, 0));
        assertThat(payments.lockPaidProcess(application)).contains(new PaidProcess(application, "pi-" + application, 0));

        assertThat(payments.deferPaidProcess(application, "FlowableException: boom", 60)).isEqualTo(1);
        assertThat(payments.lockPaidProcesses(100_000)).as("not due for a minute")
                .extracting(PaidProcess::applicationId).contains(other).doesNotContain(application);
        assertThat(payments.lockPaidProcess(application)).contains(new PaidProcess(application, "pi-" + application, 1));

        assertThat(payments.deletePaidProcesses(List.of(application, other))).isEqualTo(2);
        assertThat(payments.lockPaidProcess(application)).isEmpty();
        assertThat(payments.lockPaidProcesses(100_000)).extracting(PaidProcess::applicationId).doesNotContain(application, other);
    }

    private Payment payment(int tranche, long amount, Long batch) {
        Payment p = new Payment(null, application, tranche, amount, PaymentStatus.QUEUED, batch, "Vietcombank", "0011004",
                "KY ANH", null, null, null, "pay-" + UUID.randomUUID(), "finance", null, null);
        GeneratedId key = new GeneratedId();
        payments.insert(p, key);
        return p.withId(key.get());
    }
}

package vn.subsidyflow.web.payment;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.subsidyflow.web.security.ApiSlice.as;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.subsidyflow.disbursement.BatchItem;
import vn.subsidyflow.disbursement.Payment;
import vn.subsidyflow.disbursement.PaymentBatch;
import vn.subsidyflow.disbursement.PaymentBatches;
import vn.subsidyflow.disbursement.PaymentStatus;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.web.budget.MoneySlice;
import vn.subsidyflow.web.security.ApiSlice;

/** Payment batches and confirmations at the edge. */
@WebMvcTest(PaymentController.class)
@Import({ApiSlice.class, MoneySlice.class})
class PaymentControllerTests {

    private static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
    private static final Payment QUEUED = new Payment(3L, 7, 1, 40_000_000, PaymentStatus.QUEUED, 9L, "Vietcombank", "0011",
            "CONG TY A", null, null, null, "k", "finance", null, NOW);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    PaymentBatches batches;

    @ParameterizedTest
    @ValueSource(strings = {"finance", "admin", "auditor"})
    void paymentReadersSeeAPayment(String reader) throws Exception {
        given(batches.payment(3)).willReturn(QUEUED);
        mvc.perform(get("/api/v1/payments/3").with(as(reader)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("QUEUED"))
                .andExpect(jsonPath("$.amountVnd").value(40_000_000));
    }

    @ParameterizedTest
    @ValueSource(strings = {"approver", "reviewer", "intake", "applicant1"})
    void othersMayNotSeeOrMovePayments(String other) throws Exception {
        mvc.perform(get("/api/v1/payments/3").with(as(other))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mvc.perform(get("/api/v1/payment-batches/9").with(as(other))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/payment-batches").with(as(other)).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(batches);
    }

    @Test
    void theAuditorReadsButDoesNotConfirm() throws Exception {
        mvc.perform(post("/api/v1/payments/3/confirm").with(as("auditor")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"treasuryReference\":\"KBNN-1\"}")).andExpect(status().isForbidden());
        verifyNoInteractions(batches);
    }

    @Test
    void aBatchIsCreatedThroughTheMoneyPath() throws Exception {
        given(batches.create(any(), eq("Đợt 1"), eq(List.of(new BatchItem(7L, 40_000_000L))))).willReturn(
                new PaymentBatch(9, "Đợt 1", "finance", 1, 40_000_000, NOW, List.of(QUEUED)));
        mvc.perform(post("/api/v1/payment-batches").with(as("finance")).header("Idempotency-Key", "batch-1")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\":\"Đợt 1\",\"payments\":[{\"applicationId\":7,\"amountVnd\":40000000}]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(9))
                .andExpect(jsonPath("$.queued").value(1))
                .andExpect(jsonPath("$.payments[0].id").value(3));
    }

    @Test
    void batchAndConfirmationBodiesAreCheckedFirst() throws Exception {
        mvc.perform(post("/api/v1/payment-batches").with(as("finance")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\":\"" + "d".repeat(301) + "\",\"payments\":[]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("INVALID_LENGTH"));
        mvc.perform(post("/api/v1/payment-batches").with(as("finance")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"payments\":[null]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        mvc.perform(post("/api/v1/payment-batches").with(as("finance")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"payments\":[{\"applicationId\":\"7\",\"amountVnd\":1}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        mvc.perform(post("/api/v1/payments/3/confirm").with(as("finance")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"treasuryReference\":\"" + "r".repeat(101) + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("INVALID_LENGTH"));
        mvc.perform(post("/api/v1/payments/3/confirm").with(as("finance")).header("Idempotency-Key", " ")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"treasuryReference\":\"KBNN-1\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("INVALID_IDEMPOTENCY_KEY"));
        verifyNoInteractions(batches);
    }

    @Test
    void anUnknownPaymentIsNotFoundAndAConfirmedOneAConflict() throws Exception {
        given(batches.payment(anyLong())).willThrow(DomainFailure.notFound(FailureCode.PAYMENT_NOT_FOUND, 4));
        mvc.perform(get("/api/v1/payments/4").with(as("finance")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("PAYMENT_NOT_FOUND"));
        given(batches.confirm(any(), eq(3L), any())).willThrow(new DomainFailure(FailureCode.PAYMENT_NOT_ORDERED, "queued"));
        mvc.perform(post("/api/v1/payments/3/confirm").with(as("finance")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"treasuryReference\":\"KBNN-1\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("PAYMENT_NOT_ORDERED"));
    }
}

package vn.subsidyflow.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.subsidyflow.application.TestApplications.NOW;
import static vn.subsidyflow.application.TestApplications.TODAY;

import org.junit.jupiter.api.Test;
import vn.subsidyflow.shared.DomainFailure;

class ApplicationUnitTests {

    @Test
    void shouldComputeTheMaximumAsRateTimesCostCappedAndRoundedDown() {
        assertThat(TestApplications.draft(80_001_999L).maxSupportVnd()).isEqualTo(40_000_000L);
        assertThat(TestApplications.draft(81_234_567L).maxSupportVnd()).isEqualTo(40_617_000L);
        assertThat(TestApplications.draft(500_000_000L).maxSupportVnd()).isEqualTo(50_000_000L);
    }

    @Test
    void shouldRefuseANonPositiveEligibleCost() {
        assertThatThrownBy(() -> TestApplications.draft(0)).isInstanceOf(DomainFailure.class).hasMessageContaining("eligibleCostVnd");
    }

    @Test
    void shouldRefuseATransitionFromTheWrongState() {
        Application draft = TestApplications.draft(10_000_000L);
        assertThatThrownBy(draft::accept).isInstanceOf(ApplicationNotInState.class);
        assertThatThrownBy(() -> draft.approve("approver", "1", TODAY, NOW)).isInstanceOf(ApplicationNotInState.class);
        assertThatThrownBy(() -> draft.paid(1_000, NOW)).isInstanceOf(ApplicationNotInState.class);
        assertThat(draft.status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void shouldRefuseAnAmountAboveTheMaximumAndChangeNothing() {
        Application a = TestApplications.inAppraisal();
        assertThatThrownBy(() -> a.recommendApproval("reviewer", 40_000_001L, null, NOW))
                .isInstanceOfSatisfying(DomainFailure.class, f -> assertThat(f.code()).isEqualTo("AMOUNT_ABOVE_MAXIMUM"));
        assertThat(a.status()).isEqualTo(ApplicationStatus.IN_APPRAISAL);
        assertThat(a.recommendedAmountVnd()).isNull();
    }

    @Test
    void shouldNotLetTheAppraiserDecide() {
        Application a = TestApplications.awaitingDecision("deputy");
        assertThatThrownBy(() -> a.approve("deputy", "1/QĐ", TODAY, NOW)).isInstanceOf(FourEyesViolation.class);
        assertThatThrownBy(() -> a.reject("deputy", "no", NOW)).isInstanceOf(FourEyesViolation.class);
        assertThatThrownBy(() -> a.returnToAppraisal("deputy")).isInstanceOf(FourEyesViolation.class);
        a.approve("approver", "1/QĐ", TODAY, NOW);
        assertThat(a.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(a.approvedAmountVnd()).isEqualTo(40_000_000L);
        assertThat(a.fiscalYear()).isEqualTo(2026);
    }

    @Test
    void shouldAllowOnlyOneRequestForSupplement() {
        Application a = TestApplications.submitted();
        a.requestSupplement("Missing the invoice");
        a.resubmit();
        assertThatThrownBy(() -> a.requestSupplement("Still missing"))
                .isInstanceOfSatisfying(DomainFailure.class, f -> assertThat(f.code()).isEqualTo("SUPPLEMENT_ALREADY_REQUESTED"));
    }

    @Test
    void shouldRequireReasonsToRefuseOrReject() {
        Application submitted = TestApplications.submitted();
        assertThatThrownBy(() -> submitted.refuse(" ", NOW)).isInstanceOf(DomainFailure.class);
        Application awaiting = TestApplications.awaitingDecision("reviewer");
        assertThatThrownBy(() -> awaiting.reject("approver", null, NOW)).isInstanceOf(DomainFailure.class);
    }

    @Test
    void shouldRefuseADecisionDatedInTheFuture() {
        Application a = TestApplications.awaitingDecision("reviewer");
        assertThatThrownBy(() -> a.approve("approver", "1/QĐ", TODAY.plusDays(1), NOW))
                .isInstanceOfSatisfying(DomainFailure.class, f -> assertThat(f.code()).isEqualTo("INVALID_DECISION_DATE"));
    }

    @Test
    void shouldBecomePaidOnlyWhenTheApprovedAmountIsPaidAndNeverBeyond() {
        Application a = TestApplications.awaitingPayment();
        a.paid(15_000_000L, NOW);
        assertThat(a.status()).isEqualTo(ApplicationStatus.AWAITING_PAYMENT);
        assertThatThrownBy(() -> a.paid(25_000_001L, NOW))
                .isInstanceOfSatisfying(DomainFailure.class, f -> assertThat(f.code()).isEqualTo("OVERPAYMENT"));
        a.paid(25_000_000L, NOW);
        assertThat(a.status()).isEqualTo(ApplicationStatus.PAID);
        assertThat(a.paidAmountVnd()).isEqualTo(40_000_000L);
        assertThatThrownBy(() -> a.paid(1_000, NOW)).isInstanceOf(ApplicationNotInState.class);
    }

    @Test
    void shouldWaitlistAndCommitLater() {
        Application a = TestApplications.awaitingDecision("reviewer");
        a.approve("approver", "1/QĐ", TODAY, NOW);
        a.waitlist();
        assertThat(a.status()).isEqualTo(ApplicationStatus.WAITLISTED);
        assertThat(a.unpaidCommitmentVnd()).isZero();
        a.committed(9);
        assertThat(a.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(a.unpaidCommitmentVnd()).isEqualTo(40_000_000L);
    }

    @Test
    void shouldWithdrawBeforePaymentButNotAfterAnyPayment() {
        Application approved = TestApplications.approved();
        approved.withdraw(NOW);
        assertThat(approved.status()).isEqualTo(ApplicationStatus.WITHDRAWN);

        Application partlyPaid = TestApplications.awaitingPayment();
        partlyPaid.paid(1_000_000L, NOW);
        assertThatThrownBy(() -> partlyPaid.withdraw(NOW)).isInstanceOf(ApplicationNotInState.class);
    }

    @Test
    void shouldRefuseADecisionDatedBeforeTheFiling() {
        Application a = TestApplications.awaitingDecision("reviewer");
        assertThatThrownBy(() -> a.approve("approver", "1/QĐ", TODAY.minusDays(1), NOW))
                .isInstanceOf(DomainFailure.class).hasFieldOrPropertyWithValue("code", "INVALID_DECISION_DATE");
        a.approve("approver", "1/QĐ", TODAY, NOW);
        assertThat(a.status()).isEqualTo(ApplicationStatus.APPROVED);
    }
}

package vn.subsidyflow.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import org.flowable.engine.runtime.Execution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Appraisal, decision, budget commitment and payment of a dossier. */
class SupportApplicationProcessTests extends ProcessTestSupport {

    @ParameterizedTest
    @CsvSource({
            "MANAGEMENT_SYSTEM, managementSystemSupport",
            "CONFORMITY_CERTIFICATION, conformityCertificationSupport"})
    void shouldPayOnceTheCertificateFiledWithTheDossierIsConfirmed(String category, String subProcess) throws Exception {
        String dossier = submit(category);
        assertOpenTask(dossier, "intake", "INTAKE", 5);
        complete(dossier, "intake", "ACCEPT");
        assertOpenTask(dossier, "appraisal", "REVIEWER", 10);
        complete(dossier, "appraisal", "RECOMMEND_APPROVAL");
        assertOpenTask(dossier, "decision", "APPROVER", 5);
        complete(dossier, "decision", "APPROVE");

        verify(commitBudget).execute(any());
        verify(confirmCompletionOnFile).execute(any());
        verify(awaitPayment).execute(any());
        verifyNoInteractions(awaitCompletion, lapseApplication);
        assertThat(reached(dossier, subProcess)).isTrue();
        assertOpenTask(dossier, "payment", "FINANCE", 10);

        complete(dossier, "payment", "PAY");

        assertThat(isEnded(dossier)).isTrue();
        assertThat(reached(dossier, "applicationPaid")).isTrue();
    }

    @Test
    void shouldEndRejectedWhenTheApproverFollowsARecommendedRejection() {
        String dossier = submit("CONFORMITY_CERTIFICATION");
        complete(dossier, "intake", "ACCEPT");
        complete(dossier, "appraisal", "RECOMMEND_REJECTION");
        assertOpenTask(dossier, "decision", "APPROVER", 5);

        complete(dossier, "decision", "REJECT");

        assertThat(isEnded(dossier)).isTrue();
        assertThat(reached(dossier, "applicationRejected")).isTrue();
        verifyNoInteractions(commitBudget, awaitPayment);
    }

    @Test
    void shouldGoBackToAppraisalWhenTheApproverReturnsTheDossier() throws Exception {
        String dossier = submit("MANAGEMENT_SYSTEM");
        complete(dossier, "intake", "ACCEPT");
        complete(dossier, "appraisal", "RECOMMEND_APPROVAL");

        complete(dossier, "decision", "RETURN");

        assertOpenTask(dossier, "appraisal", "REVIEWER", 10);
        verifyNoInteractions(commitBudget);
        complete(dossier, "appraisal", "RECOMMEND_APPROVAL");
        complete(dossier, "decision", "APPROVE");
        verify(commitBudget).execute(any());
        assertOpenTask(dossier, "payment", "FINANCE", 10);
    }

    @Test
    void shouldWaitForBudgetAndResumeWhenBudgetArrives() throws Exception {
        doAnswer(setting("budgetCommitted", false))
                .doAnswer(setting("budgetCommitted", true))
                .when(commitBudget).execute(any());

        String dossier = approved("MANAGEMENT_SYSTEM");

        Execution waiting = runtimeService.createExecutionQuery().processInstanceId(dossier)
                .messageEventSubscriptionName("budgetAvailable").singleResult();
        assertThat(waiting).as("execution waiting for budget").isNotNull();
        assertThat(waiting.getActivityId()).isEqualTo("waitForBudget");
        assertThat(openTask(dossier)).isNull();
        verify(commitBudget, times(1)).execute(any());
        verify(confirmCompletionOnFile, never()).execute(any());

        runtimeService.messageEventReceived("budgetAvailable", waiting.getId());

        verify(commitBudget, times(2)).execute(any());
        verify(confirmCompletionOnFile).execute(any());
        assertOpenTask(dossier, "payment", "FINANCE", 10);
        complete(dossier, "payment", "PAY");
        assertThat(reached(dossier, "applicationPaid")).isTrue();
    }
}

package vn.subsidyflow.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.HashMap;
import java.util.Map;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** Intellectual property support is paid per granted certificate: the dossier waits for it. */
class IntellectualPropertySupportProcessTests extends ProcessTestSupport {

    @Test
    void shouldPayOnceTheCertificateOfProtectionIsVerified() throws Exception {
        String dossier = approved("INTELLECTUAL_PROPERTY");

        verify(awaitCompletion).execute(any());
        verifyNoInteractions(awaitPayment);
        assertOpenTask(dossier, "completionEvidence", APPLICANT_GROUP, null);
        complete(dossier, "completionEvidence", "SUBMIT");
        assertOpenTask(dossier, "verifyCompletion", "REVIEWER", 10);
        complete(dossier, "verifyCompletion", "ACCEPT");

        verify(awaitPayment).execute(any());
        verifyNoInteractions(confirmCompletionOnFile);
        assertOpenTask(dossier, "payment", "FINANCE", 10);
        complete(dossier, "payment", "PAY");
        assertThat(isEnded(dossier)).isTrue();
        assertThat(reached(dossier, "intellectualPropertySupport")).isTrue();
        assertThat(reached(dossier, "applicationPaid")).isTrue();
    }

    @Test
    void shouldAskForTheCertificateAgainWhenVerificationRequestsASupplement() throws Exception {
        String dossier = approved("INTELLECTUAL_PROPERTY");
        complete(dossier, "completionEvidence", "SUBMIT");

        complete(dossier, "verifyCompletion", "REQUEST_SUPPLEMENT");

        assertOpenTask(dossier, "completionEvidence", APPLICANT_GROUP, null);
        complete(dossier, "completionEvidence", "SUBMIT");
        complete(dossier, "verifyCompletion", "ACCEPT");
        verify(awaitCompletion, times(1)).execute(any());
        verify(awaitPayment, times(1)).execute(any());
        assertOpenTask(dossier, "payment", "FINANCE", 10);
    }

    @Test
    void shouldEndTheDossierWithoutPaymentWhenTheIpOfficeRefusedProtection() throws Exception {
        String dossier = approved("INTELLECTUAL_PROPERTY");
        complete(dossier, "completionEvidence", "SUBMIT");

        complete(dossier, "verifyCompletion", "NOT_GRANTED");

        assertThat(openTask(dossier)).isNull();
        assertThat(isEnded(dossier)).isTrue();
        assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(dossier).count()).isZero();
        assertThat(reached(dossier, "protectionNotGranted")).isTrue();
        assertThat(reached(dossier, "applicationNotGranted")).isTrue();
        assertThat(reached(dossier, "applicationPaid")).isFalse();
        verifyNoInteractions(awaitPayment);
    }

    @Test
    void shouldHandTheDossierToTheSubProcess() throws Exception {
        Map<String, Object> seen = new HashMap<>();
        doAnswer(invocation -> {
            seen.putAll(invocation.<DelegateExecution>getArgument(0).getVariables());
            return null;
        }).when(awaitCompletion).execute(any());

        String dossier = approved("INTELLECTUAL_PROPERTY");

        ProcessInstance main = runtimeService.createProcessInstanceQuery().processInstanceId(dossier).singleResult();
        ProcessInstance sub = runtimeService.createProcessInstanceQuery().superProcessInstanceId(dossier).singleResult();
        assertThat(sub.getProcessDefinitionKey()).isEqualTo("intellectualPropertySupport");
        assertThat(sub.getBusinessKey()).isEqualTo(main.getBusinessKey());
        assertThat(seen).containsEntry("category", "INTELLECTUAL_PROPERTY")
                .containsEntry("applicantGroup", APPLICANT_GROUP)
                .containsKey("applicationId");
    }
}

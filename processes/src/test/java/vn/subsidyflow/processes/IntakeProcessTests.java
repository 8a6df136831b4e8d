package vn.subsidyflow.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.Map;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;

/** Filing, the intake check, the one request for supplement and its deadline. */
class IntakeProcessTests extends ProcessTestSupport {

    @Test
    void shouldAskAnIntakeOfficerToCheckANewDossierWithinTheIntakeDeadline() {
        String dossier = submit("MANAGEMENT_SYSTEM");

        assertOpenTask(dossier, "intake", "INTAKE", 5);
    }

    @Test
    void shouldEndRefusedWhenIntakeRefusesTheDossier() {
        String dossier = submit("CONFORMITY_CERTIFICATION");

        complete(dossier, "intake", "REFUSE");

        assertThat(isEnded(dossier)).isTrue();
        assertThat(reached(dossier, "applicationRefused")).isTrue();
        verifyNoInteractions(commitBudget, lapseApplication, awaitPayment);
    }

    @Test
    void shouldReturnToIntakeWhenTheApplicantSupplementsTheDossier() throws Exception {
        String dossier = submit("MANAGEMENT_SYSTEM");
        complete(dossier, "intake", "REQUEST_SUPPLEMENT");
        assertOpenTask(dossier, "supplement", APPLICANT_GROUP, 10);
        assertThat(supplementDeadline(dossier).getDuedate()).hasSameTimeAs(dueIn(10));

        complete(dossier, "supplement", "SUBMIT");

        assertOpenTask(dossier, "intake", "INTAKE", 5);
        assertThat(managementService.createTimerJobQuery().processInstanceId(dossier).count()).isZero();
        complete(dossier, "intake", "ACCEPT");
        assertOpenTask(dossier, "appraisal", "REVIEWER", 10);
        verify(lapseApplication, never()).execute(any());
    }

    @Test
    void shouldLapseTheApplicationWhenTheSupplementDeadlinePasses() throws Exception {
        String dossier = submit("INTELLECTUAL_PROPERTY");
        complete(dossier, "intake", "REQUEST_SUPPLEMENT");
        Job deadline = supplementDeadline(dossier);

        advanceClockByDays(11);
        Job due = managementService.moveTimerToExecutableJob(deadline.getId());
        managementService.executeJob(due.getId());

        verify(lapseApplication).execute(any());
        assertThat(openTask(dossier)).isNull();
        assertThat(isEnded(dossier)).isTrue();
        assertThat(reached(dossier, "applicationLapsed")).isTrue();
    }

    @Test
    void shouldKeepTheTaskOpenWhenTheOutcomeIsUnknown() {
        String dossier = submit("MANAGEMENT_SYSTEM");
        Task intake = openTask(dossier);

        assertThatThrownBy(() -> taskService.complete(intake.getId(), Map.of("outcome", "MAYBE")))
                .isInstanceOf(FlowableException.class);

        assertThat(openTask(dossier).getId()).isEqualTo(intake.getId());
    }

    private Job supplementDeadline(String dossier) {
        Job timer = managementService.createTimerJobQuery().processInstanceId(dossier).singleResult();
        assertThat(timer).as("supplement deadline timer").isNotNull();
        assertThat(timer.getElementId()).isEqualTo("supplementDeadlinePassed");
        return timer;
    }
}

package vn.subsidyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.subsidyflow.shared.Role;

class StepUnitTests {

    @Test
    void shouldKeepTheWireNamesOfStepsAndOutcomes() {
        assertThat(Arrays.stream(Step.values()).map(Step::key)).containsExactly(
                "intake", "supplement", "appraisal", "decision", "completionEvidence", "verifyCompletion", "payment");
        assertThat(Step.INTAKE.outcomes()).containsExactly(Outcome.ACCEPT, Outcome.REQUEST_SUPPLEMENT, Outcome.REFUSE);
        assertThat(Step.SUPPLEMENT.outcomes()).containsExactly(Outcome.SUBMIT);
        assertThat(Step.APPRAISAL.outcomes()).containsExactly(Outcome.RECOMMEND_APPROVAL, Outcome.RECOMMEND_REJECTION);
        assertThat(Step.DECISION.outcomes()).containsExactly(Outcome.APPROVE, Outcome.REJECT, Outcome.RETURN);
        assertThat(Step.COMPLETION_EVIDENCE.outcomes()).containsExactly(Outcome.SUBMIT);
        assertThat(Step.VERIFY_COMPLETION.outcomes()).containsExactly(Outcome.ACCEPT, Outcome.REQUEST_SUPPLEMENT, Outcome.NOT_GRANTED);
        assertThat(Step.PAYMENT.outcomes()).containsExactly(Outcome.PAY);
    }

    @Test
    void shouldGiveEveryStepAtLeastOneOutcome() {
        assertThat(Step.values()).allSatisfy(step -> assertThat(step.outcomes()).isNotEmpty());
    }

    @Test
    void shouldReadAnOutcomeExactlyAsSentLessSurroundingSpace() {
        assertThat(Outcome.parse(" PAY ")).contains(Outcome.PAY);
        assertThat(Outcome.parse("pay")).isEmpty();
        assertThat(Outcome.parse("NOT_AN_OUTCOME")).isEmpty();
        assertThat(Outcome.parse("")).isEmpty();
        assertThat(Outcome.parse(null)).isEmpty();
    }

    @Test
    void shouldFindTheRowOfAStepOutcomeOnlyWhenTheStepTakesIt() {
        assertThat(StepOutcome.of(Step.DECISION, Outcome.RETURN)).contains(StepOutcome.DECISION_RETURN);
        assertThat(StepOutcome.of(Step.APPRAISAL, Outcome.APPROVE)).isEmpty();
        assertThat(StepOutcome.of(Step.APPRAISAL, null)).isEmpty();
    }

    @Test
    void shouldOfferApplicantStepsToTheOrganisationsGroupAndStaffStepsToTheirRole() {
        assertThat(Step.SUPPLEMENT.candidateGroup()).isEqualTo("${applicantGroup}");
        assertThat(Step.PAYMENT.candidateGroup()).isEqualTo(Role.FINANCE.name());
        assertThat(Step.staffSteps()).containsExactly(
                Step.INTAKE, Step.APPRAISAL, Step.DECISION, Step.VERIFY_COMPLETION, Step.PAYMENT);
        assertThat(Step.ofKey("verifyCompletion")).contains(Step.VERIFY_COMPLETION);
        assertThat(Step.ofKey("VERIFY_COMPLETION")).isEmpty();
    }
}

package vn.subsidyflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.subsidyflow.catalog.ProcessingTime;
import vn.subsidyflow.workflow.Step;

/** How far a late step puts the new appointment: the working days of the steps still ahead in its stretch. */
class DeadlineWatchUnitTests {

    private final ProcessingTime time = new ProcessingTime(5, 10, 10, 5, 7, 3, 20);

    @Test
    void shouldCountTheStepsAfterTheLateOneUpToTheResult() {
        assertThat(DeadlineWatch.daysAhead(time, Step.INTAKE)).isEqualTo(10 + 5);
        assertThat(DeadlineWatch.daysAhead(time, Step.APPRAISAL)).isEqualTo(5);
        assertThat(DeadlineWatch.daysAhead(time, Step.DECISION)).as("the result itself is late: at least a day is added by the caller")
                .isZero();
    }

    @Test
    void shouldCountTheStepsAfterTheLateOneUpToThePaymentOnceDecided() {
        assertThat(DeadlineWatch.daysAhead(time, Step.VERIFY_COMPLETION)).isEqualTo(3);
        assertThat(DeadlineWatch.daysAhead(time, Step.PAYMENT)).isZero();
    }
}

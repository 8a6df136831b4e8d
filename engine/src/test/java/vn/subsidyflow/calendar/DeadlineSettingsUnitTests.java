package vn.subsidyflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import vn.subsidyflow.workflow.Step;

/** The deadline settings as Spring binds them from {@code subsidyflow.deadlines.*} at start. */
class DeadlineSettingsUnitTests {

    @Test
    void shouldDefaultToTheUsualAdministrativeLimits() {
        DeadlineSettings settings = bind(Map.of());

        assertThat(settings).isEqualTo(DeadlineSettings.defaults());
        assertThat(settings.days(Step.INTAKE)).isEqualTo(5);
        assertThat(settings.days(Step.SUPPLEMENT)).isEqualTo(10);
        assertThat(settings.days(Step.APPRAISAL)).isEqualTo(10);
        assertThat(settings.days(Step.DECISION)).isEqualTo(5);
        assertThat(settings.days(Step.VERIFY_COMPLETION)).isEqualTo(5);
        assertThat(settings.days(Step.PAYMENT)).isEqualTo(5);
    }

    @Test
    void shouldReadEachStepUnderItsKeyAndKeepTheOthersDefault() {
        DeadlineSettings settings = bind(Map.of("subsidyflow.deadlines.verifyCompletion", "7",
                "subsidyflow.deadlines.intake", "3"));

        assertThat(settings.days(Step.VERIFY_COMPLETION)).isEqualTo(7);
        assertThat(settings.days(Step.INTAKE)).isEqualTo(3);
        assertThat(settings.days(Step.APPRAISAL)).isEqualTo(10);
        assertThat(bind(Map.of("subsidyflow.deadlines.verify-completion", "8")).days(Step.VERIFY_COMPLETION)).isEqualTo(8);
    }

    @Test
    void shouldGiveDaysToEveryStepWithADeadlineAndToNoOther() {
        DeadlineSettings settings = DeadlineSettings.defaults();

        Arrays.stream(Step.values()).filter(step -> step.deadline() != Step.Deadline.NONE)
                .forEach(step -> assertThat(settings.days(step)).as(step.key()).isPositive());
        assertThatThrownBy(() -> settings.days(Step.COMPLETION_EVIDENCE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseToStartOnALimitThatIsNoWorkingDayCount() {
        assertThatThrownBy(() -> bind(Map.of("subsidyflow.deadlines.decision", "0")))
                .isInstanceOf(BindException.class).rootCause()
                .hasMessageContaining("subsidyflow.deadlines.decision must be between 1 and 250");
        assertThatThrownBy(() -> bind(Map.of("subsidyflow.deadlines.payment", "-5")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("subsidyflow.deadlines.payment");
        assertThatThrownBy(() -> bind(Map.of("subsidyflow.deadlines.intake", "2500")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("not 2500");
    }

    private static DeadlineSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("subsidyflow.deadlines", DeadlineSettings.class);
    }
}

package vn.subsidyflow.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValidationErrorsUnitTests {

    record Request(@AmountVnd Long amountVnd, @Size(max = 5) String reason, @SensibleDate LocalDate day) {
    }

    final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void shouldKeepTheConstraintsOwnCodeWhenItIsTheOnlyError() {
        ValidationErrors errors = ValidationErrors.of(validator.validate(new Request(0L, "ok", null)));
        assertThat(errors.code()).isEqualTo("INVALID_AMOUNT");
        assertThat(errors.details()).containsEntry("field", "amountVnd");
    }

    @Test
    void shouldSayValidationFailedAndListEveryFieldWhenErrorsDiffer() {
        ValidationErrors errors = ValidationErrors.of(validator.validate(
                new Request(1_000_000_000_000_001L, "too long", LocalDate.of(9999, 1, 1))));
        assertThat(errors.code()).isEqualTo(ValidationErrors.VALIDATION_FAILED);
        assertThat(errors.errors()).extracting(e -> e.get("field") + ":" + e.get("code"))
                .containsExactlyInAnyOrder("amountVnd:INVALID_AMOUNT", "reason:INVALID_LENGTH", "day:INVALID_DATE");
        assertThat(errors.details()).doesNotContainKey("field");
    }

    @Test
    void shouldAcceptTheLimitsThemselves() {
        assertThat(validator.validate(new Request(1L, "12345", LocalDate.of(2000, 1, 1)))).isEmpty();
        assertThat(validator.validate(new Request(1_000_000_000_000_000L, null, LocalDate.of(2100, 12, 31)))).isEmpty();
    }
}

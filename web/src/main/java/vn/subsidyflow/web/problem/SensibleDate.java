package vn.subsidyflow.web.problem;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import vn.subsidyflow.shared.FailureCode;

/**
 * A date in the years the programme can concern ({@value #FIRST_YEAR}–{@value #LAST_YEAR}). Dates
 * far outside make date arithmetic overflow and mean a typing slip anyway; the domain checks the
 * narrower rules (a decision between filing and today).
 */
@Documented
@Constraint(validatedBy = SensibleDate.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SensibleDate {

    int FIRST_YEAR = 2000;
    int LAST_YEAR = 2100;

    String message() default "must be a date between " + FIRST_YEAR + "-01-01 and " + LAST_YEAR + "-12-31";

    FailureCode code() default FailureCode.INVALID_DATE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the year; null is left to the domain (optional or required as it decides). */
    class Validator implements ConstraintValidator<SensibleDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || value.getYear() >= FIRST_YEAR && value.getYear() <= LAST_YEAR;
        }
    }
}

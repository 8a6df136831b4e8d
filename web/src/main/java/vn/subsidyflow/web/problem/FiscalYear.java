package vn.subsidyflow.web.problem;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import vn.subsidyflow.shared.FailureCode;

/** A fiscal year the programme can concern, as {@link SensibleDate} bounds dates. */
@Documented
@Min(SensibleDate.FIRST_YEAR)
@Max(SensibleDate.LAST_YEAR)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface FiscalYear {

    String message() default "must be a year between " + SensibleDate.FIRST_YEAR + " and " + SensibleDate.LAST_YEAR;

    FailureCode code() default FailureCode.INVALID_YEAR;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

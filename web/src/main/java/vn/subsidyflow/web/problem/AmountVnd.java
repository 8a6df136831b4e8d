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
import vn.subsidyflow.shared.Money;

/**
 * An amount of money in whole đồng, from 1 to {@link Money#MAX_AMOUNT_VND}. Fractions, strings and
 * booleans never reach it: the JSON reader refuses them (see {@link StrictJson}).
 */
@Documented
@Min(1)
@Max(Money.MAX_AMOUNT_VND)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface AmountVnd {

    String message() default "must be a whole number of đồng between 1 and " + Money.MAX_AMOUNT_VND;

    /** The problem code clients see when this is the only kind of error. */
    FailureCode code() default FailureCode.INVALID_AMOUNT;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

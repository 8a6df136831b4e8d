package vn.subsidyflow.web.problem;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import vn.subsidyflow.shared.FailureCode;

/**
 * An {@code Idempotency-Key} header: 1 to {@value #MAX_LENGTH} visible ASCII characters (a UUID is
 * 36). The ledger stores a key derived from it — the operation and the caller put in front — in a
 * 200-character column, so the client's part must leave room for that prefix.
 */
@Documented
@Size(min = 1, max = IdempotencyKey.MAX_LENGTH)
@Pattern(regexp = "[\\x21-\\x7E]+")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface IdempotencyKey {

    int MAX_LENGTH = 100;

    String message() default "must be 1 to " + MAX_LENGTH + " visible ASCII characters (a UUID is a good key)";

    FailureCode code() default FailureCode.INVALID_IDEMPOTENCY_KEY;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

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

/**
 * Bounds of the paging parameters, refused as {@code INVALID_PAGE}. They keep every
 * {@code page × size} and {@code offset + limit} far inside an {@code int}, and a deep offset
 * cheap enough for the database (nobody pages through ten million rows; filters narrow first).
 */
public final class Paging {

    public static final int MAX_SIZE = 500;
    public static final int MAX_OFFSET = 10_000_000;
    public static final int MAX_PAGE = MAX_OFFSET / MAX_SIZE;

    private Paging() {
    }

    /** A row offset: 0 to {@link #MAX_OFFSET}. */
    @Documented
    @Min(0)
    @Max(MAX_OFFSET)
    @ReportAsSingleViolation
    @Constraint(validatedBy = {})
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Offset {
        String message() default "must be between 0 and " + MAX_OFFSET;

        FailureCode code() default FailureCode.INVALID_PAGE;

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A page number counted from 0: 0 to {@link #MAX_PAGE}. */
    @Documented
    @Min(0)
    @Max(MAX_PAGE)
    @ReportAsSingleViolation
    @Constraint(validatedBy = {})
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Page {
        String message() default "must be between 0 and " + MAX_PAGE;

        FailureCode code() default FailureCode.INVALID_PAGE;

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Rows per page: 1 to {@link #MAX_SIZE}. */
    @Documented
    @Min(1)
    @Max(MAX_SIZE)
    @ReportAsSingleViolation
    @Constraint(validatedBy = {})
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Size {
        String message() default "must be between 1 and " + MAX_SIZE;

        FailureCode code() default FailureCode.INVALID_PAGE;

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }
}

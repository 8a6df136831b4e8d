package vn.subsidyflow.web.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.shared.ProblemCode;

/**
 * Turns Bean Validation results, from a request body or a request parameter alike, into one list
 * of {@code {field, code, message}} and the problem's code: the constraint's own {@code code} when
 * every error shares one (e.g. INVALID_AMOUNT, which clients already know), else VALIDATION_FAILED.
 */
record ValidationErrors(ProblemCode problemCode, List<Map<String, Object>> errors) {

    static final String VALIDATION_FAILED = RequestFailure.VALIDATION_FAILED.name();

    /** One error: its code, and the catalogued code when the constraint names one (null otherwise). */
    private record Error(String field, String code, String message, FailureCode named) {
    }

    static ValidationErrors of(HandlerMethodValidationException e) {
        List<Error> errors = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            if (result instanceof ParameterErrors parameterErrors) {
                parameterErrors.getFieldErrors().forEach(f -> errors.add(of(f)));
                continue;
            }
            String field = name(result.getMethodParameter());
            result.getResolvableErrors().forEach(resolvable -> {
                ConstraintViolation<?> violation = unwrap(result, resolvable);
                errors.add(violation != null ? of(field, violation)
                        : new Error(field, ConstraintCode.INVALID.name(), resolvable.getDefaultMessage(), null));
            });
        }
        return summarise(errors);
    }

    static ValidationErrors of(List<FieldError> fieldErrors) {
        return summarise(fieldErrors.stream().map(ValidationErrors::of).toList());
    }

    static ValidationErrors of(Set<? extends ConstraintViolation<?>> violations) {
        return summarise(violations.stream().map(v -> of(lastNode(v.getPropertyPath().toString()), v)).toList());
    }

    /** The problem's code, as clients read it. */
    String code() {
        return problemCode.name();
    }

    /** The problem's extra members: the errors, and the field itself when there is only one. */
    Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        if (errors.size() == 1) {
            details.put("field", errors.get(0).get("field"));
        }
        details.put("errors", errors);
        return details;
    }

    String detail() {
        return errors.stream().map(e -> e.get("field") + " " + e.get("message")).reduce((a, b) -> a + "; " + b)
                .orElse("The request is not valid");
    }

    private static Error of(FieldError error) {
        ConstraintViolation<?> violation = null;
        try {
            violation = error.unwrap(ConstraintViolation.class);
        } catch (IllegalArgumentException notBeanValidation) {
            // a binding error (e.g. a type mismatch), not a constraint
        }
        String field = error.getField().replace("[]", "");
        return violation != null ? of(field, violation) : new Error(field, ConstraintCode.INVALID.name(), error.getDefaultMessage(), null);
    }

    private static Error of(String field, ConstraintViolation<?> violation) {
        ConstraintDescriptor<?> descriptor = violation.getConstraintDescriptor();
        Object named = descriptor.getAttributes().get("code");
        if (named instanceof FailureCode code) {
            return new Error(field, code.name(), violation.getMessage(), code);
        }
        ConstraintCode code = switch (descriptor.getAnnotation().annotationType().getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> ConstraintCode.REQUIRED;
            case "Size" -> ConstraintCode.INVALID_LENGTH;
            case "Min", "Max", "Positive", "PositiveOrZero", "DecimalMin", "DecimalMax", "Range" -> ConstraintCode.OUT_OF_RANGE;
            case "Pattern" -> ConstraintCode.INVALID_FORMAT;
            case "Email" -> ConstraintCode.INVALID_EMAIL;
            default -> ConstraintCode.INVALID;
        };
        return new Error(field, code.name(), violation.getMessage(), null);
    }

    private static ConstraintViolation<?> unwrap(ParameterValidationResult result,
                                                 org.springframework.context.MessageSourceResolvable resolvable) {
        try {
            return result.unwrap(resolvable, ConstraintViolation.class);
        } catch (IllegalArgumentException notBeanValidation) {
            return null;
        }
    }

    private static ValidationErrors summarise(List<Error> errors) {
        List<FailureCode> named = errors.stream().map(Error::named).distinct().toList();
        boolean oneNamedCode = named.size() == 1 && named.get(0) != null;
        List<Map<String, Object>> list = errors.stream().map(e -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("field", e.field());
            item.put("code", e.code());
            item.put("message", e.message());
            return item;
        }).toList();
        return new ValidationErrors(oneNamedCode ? named.get(0) : RequestFailure.VALIDATION_FAILED, list);
    }

    /** The name the client used: the header's or parameter's own name, not the Java one. */
    private static String name(MethodParameter parameter) {
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null && !path.name().isEmpty()) {
            return path.name();
        }
        String name = parameter.getParameterName();
        return name != null ? name : "arg" + parameter.getParameterIndex();
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}

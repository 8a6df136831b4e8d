package vn.subsidyflow.web.problem;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;

/**
 * The answer {@link ProblemHandler} gives to a failure, for the places advice does not reach: a
 * failure before a controller was chosen, in a servlet filter, or in the actuator. One mapping.
 */
@Component
class ProblemAnswers {

    private final ProblemHandler problems;
    private final ExceptionHandlerMethodResolver methods = new ExceptionHandlerMethodResolver(ProblemHandler.class);

    ProblemAnswers(ProblemHandler problems) {
        this.problems = problems;
    }

    /** The problem for the failure, or for its first cause with a handler of its own. */
    ResponseEntity<ProblemDetail> answer(Throwable failure) {
        if (unknownHealthComponent(failure)) {
            return ResponseEntity.status(404).body(ProblemWriter.problem(404, RequestFailure.NOT_FOUND, "No such health component",
                    new LinkedHashMap<>()));
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Exception e) {
                Method method = methods.resolveMethod(e);
                if (method != null && method.getParameterTypes()[0] != Exception.class) {
                    return invoke(method, e);
                }
            }
        }
        return problems.unexpected(failure instanceof Exception e ? e : new IllegalStateException(failure));
    }

    @SuppressWarnings("unchecked")
    private ResponseEntity<ProblemDetail> invoke(Method method, Exception failure) {
        try {
            method.setAccessible(true);
            return (ResponseEntity<ProblemDetail>) method.invoke(problems, failure);
        } catch (InvocationTargetException | IllegalAccessException e) {
            return problems.unexpected(failure);
        }
    }

    /**
     * Boot's health endpoint asserts, rather than answering 404, when a path goes below a component
     * that has no parts ({@code /actuator/health/db/x}): the client named something that is not there.
     */
    private static boolean unknownHealthComponent(Throwable failure) {
        return failure instanceof IllegalStateException && failure.getStackTrace().length > 1
                && failure.getStackTrace()[1].getClassName().endsWith(".HealthEndpointSupport");
    }
}

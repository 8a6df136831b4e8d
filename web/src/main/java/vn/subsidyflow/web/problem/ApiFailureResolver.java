package vn.subsidyflow.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.ObjectMapper;

/**
 * Failures under {@code /api} raised before a controller is chosen — an unknown path, a method or
 * media type no controller takes, a multipart body over the limit — reach no controller advice
 * (advice is chosen by the controller); nor do those of the actuator's endpoints. Without this they
 * end as Spring's default error JSON or an empty 413. They are answered here by the same
 * {@link ProblemHandler} mappings, written as problem+json whatever the client's {@code Accept} says.
 */
@Component
class ApiFailureResolver implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ApiFailureResolver.class);

    private final ProblemAnswers answers;
    private final ObjectMapper json;

    ApiFailureResolver(ProblemAnswers answers, ObjectMapper json) {
        this.answers = answers;
        this.json = json;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        if (ownAdvised(handler) || !ApiPaths.isApi(path(request)) || response.isCommitted()) {
            return null;
        }
        try {
            write(answers.answer(failure), response, json);
            return new ModelAndView();
        } catch (IOException | RuntimeException e) {
            log.warn("Could not write the problem for {}", request.getRequestURI(), e);
            return null;
        }
    }

    @Override
    public int getOrder() {
        // After Boot's DefaultErrorAttributes (which only records the failure), before Spring's defaults.
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    static void write(ResponseEntity<ProblemDetail> problem, HttpServletResponse response, ObjectMapper json)
            throws IOException {
        response.setStatus(problem.getStatusCode().value());
        problem.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem.getBody());
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Our own controllers have {@link ProblemHandler} as advice; Boot's (actuator) do not. */
    private static boolean ownAdvised(Object handler) {
        return handler instanceof HandlerMethod method
                && method.getBeanType().getPackageName().startsWith("vn.subsidyflow.web");
    }
}

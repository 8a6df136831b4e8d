package vn.subsidyflow.web.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.ObjectMapper;

/**
 * The {@code /error} page for failures that no handler answered (a request the security firewall
 * rejects, a status the container sets): for API paths a problem+json with a code, never Boot's
 * default JSON nor its white-label page; for the pages, Boot's own handling and our error templates.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ApiErrorController extends BasicErrorController {

    private final ProblemWriter problems;
    private final ProblemAnswers answers;
    private final ObjectMapper json;

    ApiErrorController(ErrorAttributes attributes, WebProperties web, ObjectProvider<ErrorViewResolver> resolvers,
                       ProblemWriter problems, ProblemAnswers answers, ObjectMapper json) {
        super(attributes, web.getError(), resolvers.orderedStream().toList());
        this.problems = problems;
        this.answers = answers;
        this.json = json;
    }

    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (answered(request, response)) {
            return null;
        }
        return super.errorHtml(request, response);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        if (answered(request, currentResponse())) {
            return null;
        }
        return super.error(request);
    }

    @Override
    public ResponseEntity<String> mediaTypeNotAcceptable(HttpServletRequest request) {
        if (answered(request, currentResponse())) {
            return null;
        }
        return super.mediaTypeNotAcceptable(request);
    }

    private boolean answered(HttpServletRequest request, HttpServletResponse response) {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (response == null || !ApiPaths.isApi(path instanceof String p ? p : null)) {
            return false;
        }
        int status = getStatus(request).value();
        String reason = HttpStatus.resolve(status) != null ? HttpStatus.valueOf(status).getReasonPhrase() : "Refused";
        try {
            // A failure thrown by a servlet filter (e.g. a form body that cannot be decoded) is mapped
            // like any other; a bare status set by the container gets the code of its status.
            if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
                ApiFailureResolver.write(answers.answer(failure), response, json);
                return true;
            }
            problems.write(response, status, ApiPaths.codeFor(status), reason);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    private static HttpServletResponse currentResponse() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getResponse() : null;
    }
}

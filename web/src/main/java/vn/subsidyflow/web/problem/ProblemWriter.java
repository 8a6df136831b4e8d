package vn.subsidyflow.web.problem;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import vn.subsidyflow.shared.ProblemCode;

/** Builds problem documents, and writes them where no controller advice reaches (security filters). */
@Component
public class ProblemWriter {

    public static final String UNAVAILABLE_DETAIL = "The database cannot be reached right now. Try again shortly; a request sent with an Idempotency-Key is safe to repeat";
    private static final String TYPE_BASE = "https://subsidyflow.vn/problems/";

    private final ObjectMapper json;

    ProblemWriter(ObjectMapper json) {
        this.json = json;
    }

    /** The problem's {@code type}: the code in lower case with hyphens, under our base. */
    public static String type(ProblemCode code) {
        return TYPE_BASE + code.name().toLowerCase().replace('_', '-');
    }

    public static ProblemDetail problem(int status, ProblemCode code, String detail, Map<String, Object> extra) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        problem.setType(URI.create(type(code)));
        problem.setProperty("code", code.name());
        extra.forEach(problem::setProperty);
        return problem;
    }

    /** Writes the problem with the code's own status. */
    public void write(HttpServletResponse response, ProblemCode code, String detail) throws IOException {
        write(response, ProblemCatalogue.status(code), code, detail);
    }

    public void write(HttpServletResponse response, int status, ProblemCode code, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem(status, code, detail, Map.of()));
    }
}

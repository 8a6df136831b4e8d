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

/** Builds problem documents, and writes them where no controller advice reaches (security filters). */
@Component
public class ProblemWriter {

    public static final String DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE";
    public static final String UNAVAILABLE_DETAIL = "The database cannot be reached right now. Try again shortly; a request sent with an Idempotency-Key is safe to repeat";
    private static final String TYPE_BASE = "https://subsidyflow.vn/problems/";

    private final ObjectMapper json;

    ProblemWriter(ObjectMapper json) {
        this.json = json;
    }

    public static ProblemDetail problem(int status, String code, String detail, Map<String, Object> extra) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        problem.setType(URI.create(TYPE_BASE + code.toLowerCase().replace('_', '-')));
        problem.setProperty("code", code);
        extra.forEach(problem::setProperty);
        return problem;
    }

    public void write(HttpServletResponse response, int status, String code, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem(status, code, detail, Map.of()));
    }
}

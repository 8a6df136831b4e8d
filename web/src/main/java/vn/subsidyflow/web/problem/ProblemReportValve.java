package vn.subsidyflow.web.problem;

import java.io.PrintWriter;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import vn.subsidyflow.shared.ProblemCode;

/**
 * Tomcat's own error report, for requests it refuses before any servlet sees them (an encoded NUL
 * or an invalid escape in the path): problem+json for API paths, Tomcat's page (without server
 * details) for the rest. Written by hand: the JSON machinery of the application is not reached here.
 */
public class ProblemReportValve extends ErrorReportValve {

    public ProblemReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        String path = request.getCoyoteRequest().requestURI().toString();
        if (status < 400 || response.getContentWritten() > 0 || !ApiPaths.isApi(path)) {
            super.report(request, response, throwable);
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                ProblemCode code = ApiPaths.codeFor(status);
                writer.write("{\"type\":\"" + ProblemWriter.type(code)
                        + "\",\"title\":\"Refused\",\"status\":" + status + ",\"detail\":\"The server refused the request"
                        + " before reading it (check the path's characters and escapes)\",\"code\":\"" + code + "\"}");
                writer.flush();
                response.finishResponse();
            }
        } catch (Exception e) {
            super.report(request, response, throwable);
        }
    }
}

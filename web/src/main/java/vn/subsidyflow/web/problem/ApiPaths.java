package vn.subsidyflow.web.problem;

import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.shared.ProblemCode;

/** Which request paths are the API's (answered with problem+json) rather than the pages'. */
final class ApiPaths {

    private ApiPaths() {
    }

    static boolean isApi(String path) {
        // Also "/api%00…" and such, which the container refuses before decoding them.
        return path != null && (path.startsWith("/api") || path.startsWith("/actuator"));
    }

    /** The stable code for a bare HTTP status that no handler named (errors from the container). */
    static ProblemCode codeFor(int status) {
        return switch (status) {
            case 400 -> RequestFailure.MALFORMED_REQUEST;
            case 401 -> RequestFailure.UNAUTHENTICATED;
            case 403 -> FailureCode.FORBIDDEN;
            case 404 -> RequestFailure.NOT_FOUND;
            case 405 -> RequestFailure.METHOD_NOT_ALLOWED;
            case 406 -> RequestFailure.NOT_ACCEPTABLE;
            case ProblemHandler.UPLOAD_TOO_LARGE -> FailureCode.DOCUMENT_TOO_LARGE;
            case 414 -> RequestFailure.URI_TOO_LONG;
            case 415 -> RequestFailure.UNSUPPORTED_MEDIA_TYPE;
            case 431 -> RequestFailure.HEADERS_TOO_LARGE;
            case 503 -> FailureCode.DATABASE_UNAVAILABLE;
            default -> status >= 500 ? RequestFailure.INTERNAL_ERROR : RequestFailure.REQUEST_REFUSED;
        };
    }
}

package vn.subsidyflow.web.problem;

/** Which request paths are the API's (answered with problem+json) rather than the pages'. */
final class ApiPaths {

    private ApiPaths() {
    }

    static boolean isApi(String path) {
        // Also "/api%00…" and such, which the container refuses before decoding them.
        return path != null && (path.startsWith("/api") || path.startsWith("/actuator"));
    }

    /** The stable code for a bare HTTP status that no handler named (errors from the container). */
    static String codeFor(int status) {
        return switch (status) {
            case 400 -> "MALFORMED_REQUEST";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 413 -> "DOCUMENT_TOO_LARGE";
            case 414 -> "URI_TOO_LONG";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 431 -> "HEADERS_TOO_LARGE";
            case 503 -> ProblemWriter.DATABASE_UNAVAILABLE;
            default -> status >= 500 ? "INTERNAL_ERROR" : "REQUEST_REFUSED";
        };
    }
}

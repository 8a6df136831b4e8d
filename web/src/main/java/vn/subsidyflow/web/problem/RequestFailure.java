package vn.subsidyflow.web.problem;

import vn.subsidyflow.shared.ProblemCode;

/**
 * The codes of requests refused before the domain sees them — by their shape, the protocol, sign-in
 * or the server itself — with the HTTP status each is answered with. The domain's own refusals are
 * {@link vn.subsidyflow.shared.FailureCode}; together they are every code a client can meet, and the
 * OpenAPI document lists both ({@link ProblemCatalogue}).
 */
public enum RequestFailure implements ProblemCode {

    MALFORMED_REQUEST(400, "The body is not JSON of the expected shape (types are never coerced), or the path or parameters cannot be decoded"),
    INVALID_PARAMETER(400, "A query parameter, header or path part is missing or of the wrong type"),
    UNAUTHENTICATED(401, "Sign in with HTTP Basic to use the API"),
    NOT_FOUND(404, "No such resource"),
    METHOD_NOT_ALLOWED(405, "The resource does not take this HTTP method"),
    NOT_ACCEPTABLE(406, "The resource is available as application/json only"),
    URI_TOO_LONG(414, "The request line is longer than the server reads"),
    UNSUPPORTED_MEDIA_TYPE(415, "The request body's content type is not one the resource reads"),
    VALIDATION_FAILED(422, "Values are refused; errors lists each as {field, code, message}"),
    VALUE_TOO_LARGE(422, "A value is longer or larger than the system stores; nothing was changed"),
    MISSING_FILE(422, "A multipart upload lacks its file part"),
    TOO_MANY_SIGN_IN_ATTEMPTS(429, "Too many failed sign-ins for the account or address; wait as Retry-After says"),
    HEADERS_TOO_LARGE(431, "The request headers are larger than the server reads"),
    REQUEST_REFUSED(400, "The server refused the request with another 4xx status before reading it"),
    INTERNAL_ERROR(500, "A failure on the server's side (a bug); nothing was changed and it has been logged");

    private final int status;
    private final String meaning;

    RequestFailure(int status, String meaning) {
        this.status = status;
        this.meaning = meaning;
    }

    /** The status this code is answered with (REQUEST_REFUSED and INTERNAL_ERROR: the container's own). */
    public int status() {
        return status;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}

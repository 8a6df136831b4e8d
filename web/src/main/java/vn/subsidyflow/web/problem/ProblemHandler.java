package vn.subsidyflow.web.problem;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.shared.DomainFailure;

/** Maps every failure of the API, once, to problem+json with a stable code. */
@RestControllerAdvice(basePackages = "vn.subsidyflow.web")
class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(DomainFailure.class)
    ResponseEntity<ProblemDetail> domain(DomainFailure failure) {
        int status = switch (failure.kind()) {
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case INVALID -> 422;
            case FORBIDDEN -> 403;
            case UNAVAILABLE -> 503;
        };
        return respond(status, failure.code(), failure.getMessage(), failure.details());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return respond(400, "MALFORMED_REQUEST",
                "The request body is not valid JSON of the expected shape (check field types and enum values)", Map.of());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<ProblemDetail> badParameter(Exception e) {
        return respond(400, "INVALID_PARAMETER", e.getMessage(), Map.of());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e) {
        return respond(422, "MISSING_FILE", "The multipart part '" + e.getRequestPartName() + "' is required",
                Map.of("field", e.getRequestPartName()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return respond(413, "DOCUMENT_TOO_LARGE", "The upload is larger than the server accepts", Map.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return respond(405, "METHOD_NOT_ALLOWED", e.getMessage(), Map.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return respond(415, "UNSUPPORTED_MEDIA_TYPE", e.getMessage(), Map.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return respond(404, "NOT_FOUND", "No such resource: " + e.getResourcePath(), Map.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return respond(403, "FORBIDDEN", "Your role does not allow this", Map.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (Transactions.isUnreachable(e)) {
            // A read outside a command (lists, balances) while the database is down.
            return respond(503, ProblemWriter.DATABASE_UNAVAILABLE, ProblemWriter.UNAVAILABLE_DETAIL, Map.of());
        }
        log.error("Unexpected failure", e);
        return respond(500, "INTERNAL_ERROR", "Something went wrong on our side; nothing was changed. It has been logged.", Map.of());
    }

    private static ResponseEntity<ProblemDetail> respond(int status, String code, String detail, Map<String, Object> extra) {
        return ResponseEntity.status(HttpStatus.valueOf(status)).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemWriter.problem(status, code, detail, new LinkedHashMap<>(extra)));
    }
}

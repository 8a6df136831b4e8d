package vn.subsidyflow.web.problem;

import jakarta.validation.ConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.shared.ProblemCode;

/** Maps every failure of the API, once, to problem+json with a stable code. */
@RestControllerAdvice(basePackages = "vn.subsidyflow.web")
class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    /** An upload over the container's limit: the domain's DOCUMENT_TOO_LARGE, as HTTP says it. */
    static final int UPLOAD_TOO_LARGE = 413;

    @ExceptionHandler(DomainFailure.class)
    ResponseEntity<ProblemDetail> domain(DomainFailure failure) {
        return respond(ProblemCatalogue.status(failure.kind()), failure.failureCode(), failure.getMessage(), failure.details());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return respond(RequestFailure.MALFORMED_REQUEST,
                "The request body is not valid JSON of the expected shape (check field types and enum values)", Map.of());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<ProblemDetail> badParameter(Exception e) {
        return respond(RequestFailure.INVALID_PARAMETER, e.getMessage(), Map.of());
    }

    /** A missing header or path part, or a parameter that cannot be bound: the request's shape is wrong. */
    @ExceptionHandler(ServletRequestBindingException.class)
    ResponseEntity<ProblemDetail> badBinding(ServletRequestBindingException e) {
        return respond(RequestFailure.INVALID_PARAMETER, e.getMessage(), Map.of());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e) {
        return invalid(ValidationErrors.of(e.getBindingResult().getFieldErrors()));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidArguments(HandlerMethodValidationException e) {
        return invalid(ValidationErrors.of(e));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> invalidValues(ConstraintViolationException e) {
        return invalid(ValidationErrors.of(e.getConstraintViolations()));
    }

    /**
     * The last line of defence: validation should stop every over-long or out-of-range value
     * before the database sees it, so one that gets there is logged as a gap to close — but it is
     * the client's input, not a server failure, and nothing was written (the transaction rolled back).
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        return refused(e);
    }

    private ResponseEntity<ProblemDetail> refused(Exception e) {
        return switch (DatabaseRefusal.of(e)) {
            case DUPLICATE -> respond(FailureCode.DUPLICATE_ENTRY,
                    "A record with this value already exists; nothing was changed", Map.of());
            case VALUE_TOO_LARGE -> {
                log.warn("A value reached the database past validation: {}", DatabaseRefusal.message(e));
                yield respond(RequestFailure.VALUE_TOO_LARGE,
                        "A value is longer or larger than the system stores; nothing was changed", Map.of());
            }
            case OTHER -> failed(e);
        };
    }

    /**
     * Form or query parameters whose escapes or charset the container cannot decode, or whose names
     * the security firewall refuses (control characters) when they are first read.
     */
    @ExceptionHandler({InvalidParameterException.class, RequestRejectedException.class})
    ResponseEntity<ProblemDetail> undecodable(RuntimeException e) {
        return respond(RequestFailure.MALFORMED_REQUEST, "The request's parameters cannot be decoded (check escapes and charset)",
                Map.of());
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> badMultipart(MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException tooLarge) {
            return tooLarge(tooLarge);
        }
        return respond(RequestFailure.MALFORMED_REQUEST, "The multipart body cannot be read", Map.of());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e) {
        return respond(RequestFailure.MISSING_FILE, "The multipart part '" + e.getRequestPartName() + "' is required",
                Map.of("field", e.getRequestPartName()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return respond(UPLOAD_TOO_LARGE, FailureCode.DOCUMENT_TOO_LARGE, "The upload is larger than the server accepts", Map.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return respond(RequestFailure.METHOD_NOT_ALLOWED, e.getMessage(), Map.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return respond(RequestFailure.UNSUPPORTED_MEDIA_TYPE, e.getMessage(), Map.of());
    }

    /** The problem document is JSON whatever the client asked for: it is the only form errors take. */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return respond(RequestFailure.NOT_ACCEPTABLE, "This resource is available as application/json only", Map.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return respond(RequestFailure.NOT_FOUND, "No such resource: /" + e.getResourcePath(), Map.of());
    }

    @ExceptionHandler(NoHandlerFoundException.class)
    ResponseEntity<ProblemDetail> noHandler(NoHandlerFoundException e) {
        return respond(RequestFailure.NOT_FOUND, "No such resource: " + e.getRequestURL(), Map.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return respond(FailureCode.FORBIDDEN, "Your role does not allow this", Map.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        // The engine's own wrappers (Flowable, MyBatis) can carry an integrity refusal too.
        return DatabaseRefusal.of(e) == DatabaseRefusal.OTHER ? failed(e) : refused(e);
    }

    private ResponseEntity<ProblemDetail> failed(Exception e) {
        if (Transactions.isUnreachable(e)) {
            // A read outside a command (lists, balances) while the database is down.
            return respond(FailureCode.DATABASE_UNAVAILABLE, ProblemWriter.UNAVAILABLE_DETAIL, Map.of());
        }
        if (Transactions.isTimedOut(e)) {
            // A read outside a command that ran past its time limit: busy, not broken.
            log.warn("A statement ran out of time: {}", e.getMessage());
            return respond(FailureCode.DATABASE_BUSY, "The database did not answer in time; try again later", Map.of());
        }
        log.error("Unexpected failure", e);
        return respond(RequestFailure.INTERNAL_ERROR, "Something went wrong on our side; nothing was changed. It has been logged.", Map.of());
    }

    private static ResponseEntity<ProblemDetail> invalid(ValidationErrors errors) {
        return respond(errors.problemCode(), errors.detail(), errors.details());
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemCode code, String detail, Map<String, Object> extra) {
        return respond(ProblemCatalogue.status(code), code, detail, extra);
    }

    private static ResponseEntity<ProblemDetail> respond(int status, ProblemCode code, String detail, Map<String, Object> extra) {
        return ResponseEntity.status(HttpStatus.valueOf(status)).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemWriter.problem(status, code, detail, new LinkedHashMap<>(extra)));
    }
}

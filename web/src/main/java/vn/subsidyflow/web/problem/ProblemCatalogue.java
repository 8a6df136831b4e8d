package vn.subsidyflow.web.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.shared.ProblemCode;

/**
 * Every code a problem document can carry, and the one place a domain failure's kind becomes an
 * HTTP status. The codes' own descriptions are the documentation; the OpenAPI document shows them.
 */
public final class ProblemCatalogue {

    private ProblemCatalogue() {
    }

    /** The HTTP status of a kind of domain refusal. */
    public static int status(DomainFailure.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case INVALID -> 422;
            case FORBIDDEN -> 403;
            case UNAVAILABLE -> 503;
        };
    }

    /** The status a code is usually answered with. */
    public static int status(ProblemCode code) {
        if (code instanceof FailureCode failure) {
            return status(failure.kind());
        }
        if (code instanceof RequestFailure request) {
            return request.status();
        }
        throw new IllegalArgumentException("Not a catalogued code: " + code);
    }

    /** Every status a code can be answered with, for the documentation. */
    public static SortedSet<Integer> statuses(ProblemCode code) {
        SortedSet<Integer> statuses = new TreeSet<>();
        statuses.add(status(code));
        if (code instanceof FailureCode failure) {
            failure.kinds().forEach(kind -> statuses.add(status(kind)));
        }
        if (code == FailureCode.DOCUMENT_TOO_LARGE) {
            statuses.add(ProblemHandler.UPLOAD_TOO_LARGE); // the servlet container's own upload limit
        }
        return statuses;
    }

    /**
     * The statuses a code is answered with, as the documentation shows them: {@code "409, 422"};
     * REQUEST_REFUSED and INTERNAL_ERROR name the class of statuses the container may set.
     */
    public static String statusText(ProblemCode code) {
        if (code == RequestFailure.REQUEST_REFUSED) {
            return "4xx";
        }
        String statuses = statuses(code).stream().map(String::valueOf).collect(Collectors.joining(", "));
        return code == RequestFailure.INTERNAL_ERROR ? statuses + ", 5xx" : statuses;
    }

    /** Every code, the domain's first, each once. */
    public static List<ProblemCode> all() {
        List<ProblemCode> all = new ArrayList<>(List.of(FailureCode.values()));
        Collections.addAll(all, RequestFailure.values());
        return List.copyOf(all);
    }
}

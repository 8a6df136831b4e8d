package vn.subsidyflow.shared;

import java.util.Map;

/**
 * A request the domain refuses, named as a domain fact. The web layer maps each one, once, to
 * problem+json: {@link #code()} is the stable machine-readable code, {@link #kind()} the HTTP class.
 * Thrown before anything is written or inside the transaction it rolls back.
 */
public class DomainFailure extends RuntimeException {

    /** What sort of refusal this is; decides the HTTP status. */
    public enum Kind { NOT_FOUND, CONFLICT, INVALID, FORBIDDEN, UNAVAILABLE }

    private final String code;
    private final Kind kind;
    private final Map<String, Object> details;

    public DomainFailure(Kind kind, String code, String message) {
        this(kind, code, message, Map.of());
    }

    public DomainFailure(Kind kind, String code, String message, Map<String, Object> details) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.details = Map.copyOf(details);
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    /** Extra members for the problem document (e.g. the missing document kinds). */
    public Map<String, Object> details() {
        return details;
    }

    public static DomainFailure notFound(String what, Object id) {
        return new DomainFailure(Kind.NOT_FOUND, what.toUpperCase() + "_NOT_FOUND", what.replace('_', ' ') + " " + id + " not found");
    }

    public static DomainFailure invalid(String code, String message) {
        return new DomainFailure(Kind.INVALID, code, message);
    }

    public static DomainFailure conflict(String code, String message) {
        return new DomainFailure(Kind.CONFLICT, code, message);
    }
}

package vn.subsidyflow.shared;

import java.util.Map;

/**
 * A request the domain refuses, named as a domain fact. The web layer maps each one, once, to
 * problem+json: {@link #code()} is the stable machine-readable code, {@link #kind()} the HTTP class.
 * Thrown before anything is written or inside the transaction it rolls back.
 *
 * <p>Its code always comes from the catalogue {@link FailureCode}: the constructors take nothing else,
 * so no code can be made up at a throw site.
 */
public class DomainFailure extends RuntimeException {

    /** What sort of refusal this is; decides the HTTP status. */
    public enum Kind { NOT_FOUND, CONFLICT, INVALID, FORBIDDEN, UNAVAILABLE }

    private final FailureCode failureCode;
    private final String code; // its name, kept as a field too: tests and templates read the property "code"
    private final Kind kind;
    private final Map<String, Object> details;

    public DomainFailure(FailureCode code, String message) {
        this(code, message, Map.of());
    }

    public DomainFailure(FailureCode code, String message, Map<String, Object> details) {
        this(code, code.kind(), message, details);
    }

    /**
     * For the rare code given with another of its catalogued kinds (see {@link FailureCode#kinds()});
     * any other kind is a bug at the throw site, refused at once.
     */
    public DomainFailure(FailureCode code, Kind kind, String message, Map<String, Object> details) {
        super(message);
        if (!code.kinds().contains(kind)) {
            throw new IllegalArgumentException(code + " is not catalogued as " + kind);
        }
        this.failureCode = code;
        this.code = code.name();
        this.kind = kind;
        this.details = Map.copyOf(details);
    }

    /** The stable code clients see, e.g. {@code NOTHING_TO_PAY}. */
    public String code() {
        return code;
    }

    /** The catalogue entry, to compare against ({@code failure.failureCode() == FailureCode.X}). */
    public FailureCode failureCode() {
        return failureCode;
    }

    public Kind kind() {
        return kind;
    }

    /** Extra members for the problem document (e.g. the missing document kinds). */
    public Map<String, Object> details() {
        return details;
    }

    /** "{what} {id} not found", the what read from the code ({@code BUDGET_LINE_NOT_FOUND} → budget line). */
    public static DomainFailure notFound(FailureCode code, Object id) {
        if (code.kind() != Kind.NOT_FOUND) {
            throw new IllegalArgumentException(code + " is not a NOT_FOUND code");
        }
        String what = code.name().substring(0, code.name().length() - "_NOT_FOUND".length()).toLowerCase().replace('_', ' ');
        return new DomainFailure(code, what + " " + id + " not found");
    }
}

package vn.subsidyflow.shared;

/**
 * A stable, machine-readable code that a client reads in a problem document ({@code code}, and the
 * last segment of {@code type}), with its one-line meaning. Implemented by the catalogues: the
 * domain's {@link FailureCode} and the web layer's codes for requests refused before the domain.
 */
public interface ProblemCode {

    /** The code itself, UPPER_SNAKE; clients depend on it, so it never changes. */
    String name();

    /** What the code means, in one line, for the client's developer. */
    String meaning();
}

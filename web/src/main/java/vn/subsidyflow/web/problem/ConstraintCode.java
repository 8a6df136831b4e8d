package vn.subsidyflow.web.problem;

/**
 * The {@code code} of one entry of a VALIDATION_FAILED problem's {@code errors}, for a constraint
 * that names no catalogued code of its own (those that do, e.g. {@code @AmountVnd}, give theirs).
 */
public enum ConstraintCode {

    REQUIRED("The value is missing or blank"),
    INVALID_LENGTH("The text or list is shorter or longer than allowed"),
    OUT_OF_RANGE("The number is below or above the allowed range"),
    INVALID_FORMAT("The text does not have the required form"),
    INVALID_EMAIL("The text is not an e-mail address"),
    INVALID("The value is refused for another reason; the message says why");

    private final String meaning;

    ConstraintCode(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}

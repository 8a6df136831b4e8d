package vn.subsidyflow.application;

/**
 * One eligibility rule of a support item that an organisation does not meet: a stable {@code rule}
 * code (pages translate it) and a readable English message with the facts.
 */
public record UnmetRule(String rule, String message) {

    /** The applicant's type is not one the item accepts. */
    public static final String APPLICANT_TYPE = "APPLICANT_TYPE";
    /** The head office is not in the programme's province, or its province was never declared. */
    public static final String HEAD_OFFICE_IN_PROVINCE = "HEAD_OFFICE_IN_PROVINCE";
    /** The declared size is not one the item accepts, or no size was declared. */
    public static final String ENTERPRISE_SIZE = "ENTERPRISE_SIZE";
    /** The organisation was supported for the item as often as it allows (in its window of years). */
    public static final String FREQUENCY_LIMIT = "FREQUENCY_LIMIT";
}

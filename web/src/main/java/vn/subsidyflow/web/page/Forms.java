package vn.subsidyflow.web.page;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.shared.Money;

/**
 * Turns an engine refusal into what a form shows: a message next to the field it names, or at the
 * top of the form. Messages come from {@code error.<CODE>} keys, the engine's text as a fallback.
 */
public final class Forms {

    /** Engine field names that a form calls differently. */
    private static final Map<String, String> RENAMED = Map.of("amountVnd", "amount", "eligibleCostVnd", "cost");

    private Forms() {
    }

    /** Field name → failure; the key {@code _global} for a failure that names no field. */
    public static Map<String, DomainFailure> errors(DomainFailure failure) {
        Map<String, DomainFailure> errors = new LinkedHashMap<>();
        Object field = failure.details().get("field");
        String name = field instanceof String named ? RENAMED.getOrDefault(named, named) : switch (failure.failureCode()) {
            case USERNAME_TAKEN -> "username";
            case TAX_CODE_TAKEN -> "taxCode";
            case INVALID_AMOUNT, AMOUNT_ABOVE_MAXIMUM, MISSING_AMOUNT -> "amount";
            case UNKNOWN_SUPPORT_ITEM -> "item";
            default -> "_global";
        };
        errors.put(name, failure);
        return errors;
    }

    public static Map<String, DomainFailure> error(String field, FailureCode code, String message) {
        Map<String, DomainFailure> errors = new LinkedHashMap<>();
        errors.put(field, new DomainFailure(code, message));
        return errors;
    }

    /**
     * Refuses a typed text longer than the column that keeps it, before the engine and the database
     * see it; the form shows {@code error.TOO_LONG} next to the field.
     */
    public static void requireFits(String field, String typed, int max) {
        if (typed != null && typed.length() > max) {
            throw new DomainFailure(FailureCode.TOO_LONG, field + " is longer than " + max + " characters",
                    Map.of("field", field, "max", max));
        }
    }

    /** Whole đồng from what a person types: {@code 15.000.000}, {@code 15,000,000} or {@code 15000000}. */
    public static Long amount(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String digits = typed.replaceAll("[\\s.,_₫]|VND|đ", "");
        if (!digits.matches("[0-9]{1,18}")) {
            return -1L;
        }
        long amount = Long.parseLong(digits);
        // Above the largest amount the system keeps: shown as an invalid amount, like a negative one.
        return amount > Money.MAX_AMOUNT_VND ? -1L : amount;
    }
}

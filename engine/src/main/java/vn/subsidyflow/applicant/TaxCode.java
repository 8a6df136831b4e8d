package vn.subsidyflow.applicant;

import java.util.regex.Pattern;

/**
 * A Vietnamese tax / enterprise code (mã số thuế): 10 digits with a check digit, or 13 for a
 * branch ({@code 0100233488-001}); household businesses may use a 12-digit personal ID instead,
 * which has no checksum. The province is never inferred from the prefix.
 */
public record TaxCode(String value) {

    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};
    private static final Pattern ENTERPRISE = Pattern.compile("\\d{10}(-\\d{3})?");
    private static final Pattern PERSONAL_ID = Pattern.compile("\\d{12}");

    public TaxCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a valid tax code: " + value);
        }
    }

    /** True for a well-formed code whose check digit matches (a 12-digit personal ID has none). */
    public static boolean isValid(String value) {
        if (value == null) {
            return false;
        }
        if (PERSONAL_ID.matcher(value).matches()) {
            return true;
        }
        if (!ENTERPRISE.matcher(value).matches() || value.endsWith("-000")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (value.charAt(i) - '0');
        }
        int check = 10 - sum % 11;
        return check != 10 && check == value.charAt(9) - '0';
    }
}

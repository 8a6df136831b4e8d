package vn.subsidyflow.applicant;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/**
 * What a new password must be (NIST SP 800-63B: length and a block list, no composition rules):
 * 10 to 64 characters, at most 72 bytes in UTF-8 (bcrypt ignores, or refuses, what lies beyond:
 * 64 Vietnamese characters can take three bytes each), and not one of the common passwords in
 * {@code common-passwords.txt} (compared ignoring case). Existing passwords, such as the demo
 * users', are not re-checked: the rules apply where a password is chosen.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 64;
    /** bcrypt uses at most this many bytes of a password. */
    public static final int MAX_BYTES = 72;

    private static final String LIST = "common-passwords.txt";

    private PasswordRules() {
    }

    /** Refuses the password with PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG or PASSWORD_TOO_COMMON. */
    public static void check(String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw refused(FailureCode.PASSWORD_TOO_SHORT, "The password needs at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw refused(FailureCode.PASSWORD_TOO_LONG, "The password may have at most " + MAX_LENGTH + " characters and "
                    + MAX_BYTES + " bytes in UTF-8 (a Vietnamese letter with marks takes 2-3 bytes)");
        }
        if (Common.PASSWORDS.contains(password.toLowerCase(Locale.ROOT))) {
            throw refused(FailureCode.PASSWORD_TOO_COMMON, "This password is among the most commonly used ones; choose another");
        }
    }

    private static DomainFailure refused(FailureCode code, String message) {
        return new DomainFailure(code, message,
                Map.of("field", "password", "minLength", MIN_LENGTH, "maxLength", MAX_LENGTH));
    }

    /** Loaded on first use (about 11 000 entries, well under a megabyte). */
    private static final class Common {

        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            try (InputStream in = PasswordRules.class.getResourceAsStream(LIST)) {
                if (in == null) {
                    throw new IllegalStateException(LIST + " is missing from the classpath");
                }
                Set<String> passwords = new HashSet<>();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        passwords.add(line.strip().toLowerCase(Locale.ROOT));
                    }
                }
                return Set.copyOf(passwords);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

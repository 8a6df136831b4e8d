package vn.subsidyflow.web.application;

import java.util.Locale;
import org.springframework.http.ResponseEntity;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.ApplicationStatus;

/**
 * {@code Prefer: return=minimal} (RFC 7240) on a dossier command or a task completion: the client
 * will not read the whole dossier view, so the server skips assembling it (its history, documents
 * and tasks are three more reads per call) and answers only what the next call needs. Without the
 * preference the answer stays the full dossier, as clients have always had it.
 */
public final class ReturnPreference {

    public static final String PREFER = "Prefer";
    public static final String APPLIED = "Preference-Applied";
    public static final String MINIMAL = "return=minimal";
    public static final String DESCRIPTION = "RFC 7240. `return=minimal`: the answer is only {id, status} of the dossier "
            + "(with Preference-Applied: return=minimal) instead of the whole dossier with its history, documents and tasks";

    /** The short answer: the dossier's number and the state the command left it in. */
    public record MinimalResponse(long id, ApplicationStatus status) {

        public static MinimalResponse of(Application application) {
            return new MinimalResponse(application.id(), application.status());
        }
    }

    private ReturnPreference() {
    }

    /**
     * Whether a {@code Prefer} header asks for {@code return=minimal}: preferences are comma-separated,
     * each may carry parameters after {@code ;}, names are case-insensitive and the value may be quoted.
     */
    public static boolean minimal(String prefer) {
        if (prefer == null) {
            return false;
        }
        for (String preference : prefer.split(",")) {
            String token = preference.split(";", 2)[0].strip();
            int equals = token.indexOf('=');
            if (equals < 0) {
                continue;
            }
            String name = token.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            String value = token.substring(equals + 1).strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            if (name.equals("return") && value.equalsIgnoreCase("minimal")) {
                return true;
            }
        }
        return false;
    }

    /** Marks a response as answered minimally, so a client can tell it from a server that ignored the wish. */
    public static ResponseEntity.BodyBuilder applied(ResponseEntity.BodyBuilder builder) {
        return builder.header(APPLIED, MINIMAL);
    }
}

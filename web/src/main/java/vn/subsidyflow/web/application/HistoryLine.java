package vn.subsidyflow.web.application;

import java.time.Instant;

/**
 * One event of a dossier's history as a reader reads it: {@code label} names the action, {@code text}
 * says what it settled (amounts, days, numbers), both in the reader's language, and {@code comment}
 * is what a person wrote (kept in their own words). {@code text} and {@code comment} may be null.
 */
public record HistoryLine(Instant occurredAt, String actor, String action, String toStatus, String label, String text,
                          String comment) {

    /** The whole line as one sentence, for clients that show one text per event. */
    public String sentence() {
        return text == null ? label : label + ": " + text;
    }
}

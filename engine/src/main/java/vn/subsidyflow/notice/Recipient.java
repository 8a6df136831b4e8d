package vn.subsidyflow.notice;

import java.util.Locale;

/**
 * Who receives a notice: the account, the address its mail goes to (the account's own, or for an
 * applicant the organisation's when the account has none; null when there is none at all) and the
 * language the account reads.
 */
public record Recipient(String username, String email, String language, String displayName) {

    public Locale locale() {
        return "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }
}

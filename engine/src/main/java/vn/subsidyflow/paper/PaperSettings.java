package vn.subsidyflow.paper;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who issues the papers and who signs them ({@code subsidyflow.papers.*}), printed in the header and
 * the signature block of every paper; the defaults are the Department of Hà Tĩnh. The signer's title
 * is written as on the paper, its lines joined by " – " ({@code KT. GIÁM ĐỐC – PHÓ GIÁM ĐỐC} signs
 * for the director); the name may be empty when the paper is signed by hand on the printed copy.
 */
@ConfigurationProperties("subsidyflow.papers")
public record PaperSettings(@DefaultValue("UBND TỈNH HÀ TĨNH") String authority,
                            @DefaultValue("SỞ KHOA HỌC VÀ CÔNG NGHỆ") String body,
                            @DefaultValue("Hà Tĩnh") String place,
                            @DefaultValue("KT. GIÁM ĐỐC – PHÓ GIÁM ĐỐC") String signerTitle,
                            @DefaultValue("") String signerName) {

    /** Longer than any body's name; a paper's header has room for about this much. */
    static final int MAX_LENGTH = 120;

    public PaperSettings {
        authority = required("authority", authority);
        body = required("body", body);
        place = required("place", place);
        signerTitle = required("signer-title", signerTitle);
        signerName = signerName == null ? "" : signerName.strip();
        if (signerName.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("subsidyflow.papers.signer-name must be at most " + MAX_LENGTH + " characters");
        }
    }

    public static PaperSettings defaults() {
        return new PaperSettings("UBND TỈNH HÀ TĨNH", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Hà Tĩnh", "KT. GIÁM ĐỐC – PHÓ GIÁM ĐỐC", "");
    }

    /** The signer's title as the lines printed above the signature. */
    public java.util.List<String> signerTitleLines() {
        return java.util.Arrays.stream(signerTitle.split("\\s+[–-]\\s+")).map(String::strip).toList();
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank() || value.strip().length() > MAX_LENGTH) {
            throw new IllegalArgumentException("subsidyflow.papers." + name + " is required, at most " + MAX_LENGTH
                    + " characters");
        }
        return value.strip();
    }
}

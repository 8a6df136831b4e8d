package vn.subsidyflow.application;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/** A document's bytes, for download; only ever built from bytes that match the stored SHA-256. */
public record DocumentContent(ApplicationDocument document, byte[] content) {

    private static final Logger log = LoggerFactory.getLogger(DocumentContent.class);

    /**
     * The content if its SHA-256 is the one recorded at upload; otherwise nothing is served. The
     * bytes changed behind the application's back (storage fault, a hand edit, a bad restore):
     * that is the server's failure, not the caller's, and nothing the caller can fix — so an ALERT
     * for the operators and {@code 503 DOCUMENT_CORRUPTED} (not a 409, which would blame the
     * request; not a 500, which would be a bug) until the document is restored from a backup.
     */
    static DocumentContent verified(ApplicationDocument document, byte[] content) {
        String actual = sha256(content);
        if (!actual.equalsIgnoreCase(document.sha256())) {
            log.error("ALERT document {} of dossier {} fails its integrity check: stored SHA-256 {}, content hashes to {}",
                    document.id(), document.applicationId(), document.sha256(), actual);
            throw new DomainFailure(FailureCode.DOCUMENT_CORRUPTED,
                    "The stored copy of this document is damaged and is not served; the operators have been alerted");
        }
        return new DocumentContent(document, content);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.subsidyflow.web.application;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.subsidyflow.application.DocumentContent;

/**
 * How a stored document is served, by the API and by the pages alike: as an attachment, or inline
 * only for a PDF or an image the reader asked to preview; never sniffed, in a sandbox with no
 * right to load or run anything, and not cached — so an uploaded file can never act as a page of
 * our origin, whatever it holds.
 */
public final class DocumentDownloads {

    private static final Set<String> PREVIEWABLE = Set.of("application/pdf", "image/png", "image/jpeg");
    static final String POLICY = "default-src 'none'; sandbox";

    private DocumentDownloads() {
    }

    public static ResponseEntity<byte[]> attachment(DocumentContent content) {
        return serve(content, false);
    }

    /** Inline if the document is a PDF or an image, else still an attachment. */
    public static ResponseEntity<byte[]> preview(DocumentContent content) {
        return serve(content, PREVIEWABLE.contains(content.document().contentType()));
    }

    private static ResponseEntity<byte[]> serve(DocumentContent content, boolean inline) {
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(content.document().fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(mediaType(content.document().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", POLICY)
                .cacheControl(CacheControl.noStore())
                .body(content.content());
    }

    /** The stored type; a row from before types were checked that cannot be parsed goes out as plain bytes. */
    private static MediaType mediaType(String stored) {
        try {
            return MediaType.parseMediaType(stored);
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}

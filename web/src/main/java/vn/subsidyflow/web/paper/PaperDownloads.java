package vn.subsidyflow.web.paper;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.subsidyflow.paper.PaperFile;

/**
 * How a paper's PDF is served, by the API and the pages alike: as an attachment under its file name,
 * never sniffed, sandboxed and not cached, as every stored file of a dossier is.
 */
final class PaperDownloads {

    private PaperDownloads() {
    }

    static ResponseEntity<byte[]> attachment(PaperFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .cacheControl(CacheControl.noStore())
                .body(file.pdf());
    }
}

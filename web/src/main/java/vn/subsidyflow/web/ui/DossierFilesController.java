package vn.subsidyflow.web.ui;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.Applications;
import vn.subsidyflow.application.DocumentContent;
import vn.subsidyflow.process.ProcessDiagrams;
import vn.subsidyflow.shared.Actor;

/** A dossier's papers (download, or preview for PDF and images) and its process diagram, for whoever may see it. */
@Controller
class DossierFilesController {

    private static final Set<String> PREVIEWABLE = Set.of("application/pdf", "image/png", "image/jpeg");

    private final Applications applications;
    private final ProcessDiagrams diagrams;

    DossierFilesController(Applications applications, ProcessDiagrams diagrams) {
        this.applications = applications;
        this.diagrams = diagrams;
    }

    @GetMapping("/dossiers/{id}/documents/{documentId}")
    ResponseEntity<byte[]> document(Actor actor, @PathVariable long id, @PathVariable long documentId,
                                    @RequestParam(defaultValue = "false") boolean preview) {
        DocumentContent content = applications.document(actor, id, documentId);
        String type = content.document().contentType();
        ContentDisposition disposition = (preview && PREVIEWABLE.contains(type) ? ContentDisposition.inline()
                : ContentDisposition.attachment()).filename(content.document().fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .cacheControl(CacheControl.noStore())
                .body(content.content());
    }

    @GetMapping("/dossiers/{id}/diagram.png")
    ResponseEntity<byte[]> diagram(Actor actor, @PathVariable long id) {
        Application application = applications.get(actor, id);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(diagrams.png(application.processInstanceId()));
    }
}

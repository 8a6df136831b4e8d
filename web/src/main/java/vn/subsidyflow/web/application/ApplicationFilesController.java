package vn.subsidyflow.web.application;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.Applications;
import vn.subsidyflow.application.DocumentContent;
import vn.subsidyflow.process.ProcessDiagrams;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.web.page.PageController;

/** A dossier's papers (download, or preview for PDF and images) and its process diagram, for whoever may see it. */
@PageController
class ApplicationFilesController {

    private final Applications applications;
    private final ProcessDiagrams diagrams;

    ApplicationFilesController(Applications applications, ProcessDiagrams diagrams) {
        this.applications = applications;
        this.diagrams = diagrams;
    }

    @GetMapping("/dossiers/{id}/documents/{documentId}")
    ResponseEntity<byte[]> document(Actor actor, @PathVariable long id, @PathVariable long documentId,
                                    @RequestParam(defaultValue = "false") boolean preview) {
        DocumentContent content = applications.document(actor, id, documentId);
        return preview ? DocumentDownloads.preview(content) : DocumentDownloads.attachment(content);
    }

    @GetMapping("/dossiers/{id}/diagram.png")
    ResponseEntity<byte[]> diagram(Actor actor, @PathVariable long id) {
        Application application = applications.get(actor, id);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(diagrams.png(application));
    }
}

package vn.subsidyflow.web.paper;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.subsidyflow.paper.Papers;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.web.page.PageController;

/** A paper's PDF from the dossier page (signed in by the page session, not the API's Basic credentials). */
@PageController
class PaperPageController {

    private final Papers papers;

    PaperPageController(Papers papers) {
        this.papers = papers;
    }

    @GetMapping("/dossiers/{id}/papers/{paperId}")
    ResponseEntity<byte[]> paper(Actor actor, @PathVariable long id, @PathVariable long paperId) {
        return PaperDownloads.attachment(papers.file(actor, id, paperId));
    }
}

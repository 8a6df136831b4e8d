package vn.subsidyflow.web.paper;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.subsidyflow.paper.Papers;
import vn.subsidyflow.shared.Actor;

/** A dossier's official papers: the list, and each as its PDF. Whoever may see the dossier may read them. */
@RestController
@RequestMapping("/api/v1/applications/{id}/papers")
class PaperController {

    private final Papers papers;

    PaperController(Papers papers) {
        this.papers = papers;
    }

    @GetMapping
    List<PaperResponse> papers(Actor actor, @PathVariable long id) {
        return papers.papers(actor, id).stream().map(PaperResponse::of).toList();
    }

    @GetMapping("/{paperId}")
    ResponseEntity<byte[]> paper(Actor actor, @PathVariable long id, @PathVariable long paperId) {
        return PaperDownloads.attachment(papers.file(actor, id, paperId));
    }
}

package vn.subsidyflow.web.application;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.Applications;
import vn.subsidyflow.process.ProcessDiagrams;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.web.page.PageController;

/**
 * A dossier's process diagram as SVG, in the reader's language, for whoever may see the dossier:
 * it scales to the page's width without blurring, where the PNG's labels were too small to read.
 */
@PageController
class DiagramController {

    private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml;charset=UTF-8");

    private final Applications applications;
    private final ProcessDiagrams diagrams;
    private final MessageSource messages;

    DiagramController(Applications applications, ProcessDiagrams diagrams, MessageSource messages) {
        this.applications = applications;
        this.diagrams = diagrams;
        this.messages = messages;
    }

    @GetMapping("/dossiers/{id}/diagram.svg")
    ResponseEntity<String> diagram(Actor actor, @PathVariable long id) {
        Application application = applications.get(actor, id);
        var locale = LocaleContextHolder.getLocale();
        String svg = diagrams.svg(application, locale,
                lane -> messages.getMessage("diagram.lane." + lane, null, null, locale));
        return ResponseEntity.ok().contentType(SVG).cacheControl(CacheControl.noStore()).body(svg);
    }
}

package vn.subsidyflow.web.deadline;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.subsidyflow.deadline.Timelines;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.web.page.PageController;

/** A dossier's timeline as a page, for staff. */
@PageController
class TimelinePageController {

    private final Timelines timelines;

    TimelinePageController(Timelines timelines) {
        this.timelines = timelines;
    }

    @GetMapping("/staff/dossiers/{id}/timeline")
    String timeline(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("timeline", timelines.of(actor, id));
        return "staff/timeline";
    }
}

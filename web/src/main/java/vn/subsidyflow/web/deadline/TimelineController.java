package vn.subsidyflow.web.deadline;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.subsidyflow.deadline.Timeline;
import vn.subsidyflow.deadline.Timelines;
import vn.subsidyflow.shared.Actor;

/** A dossier's deadlines as they went, for staff: steps with their due dates, pauses, appointment moves. */
@RestController
class TimelineController {

    private final Timelines timelines;

    TimelineController(Timelines timelines) {
        this.timelines = timelines;
    }

    @GetMapping("/api/v1/applications/{id}/timeline")
    Timeline timeline(Actor actor, @PathVariable long id) {
        return timelines.of(actor, id);
    }
}

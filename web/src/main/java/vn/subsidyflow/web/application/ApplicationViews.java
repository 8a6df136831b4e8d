package vn.subsidyflow.web.application;

import org.springframework.stereotype.Component;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.Applications;
import vn.subsidyflow.review.Inbox;
import vn.subsidyflow.shared.Actor;

/** Assembles what a viewer may see of a dossier, in one place for the API and the pages. */
@Component
class ApplicationViews {

    private final Applications applications;
    private final ApplicationHistory history;
    private final Inbox inbox;

    ApplicationViews(Applications applications, ApplicationHistory history, Inbox inbox) {
        this.applications = applications;
        this.history = history;
        this.inbox = inbox;
    }

    /** The dossier as loaded (the actor may see it): its papers, history and the actor's tasks on it. */
    ApplicationView of(Actor actor, Application application) {
        return new ApplicationView(application, applications.documentsOf(actor, application), history.of(actor, application),
                inbox.tasksOf(actor, application.id()));
    }

    /** Loads the dossier (not found when the actor may not see it) and assembles its view. */
    ApplicationView of(Actor actor, long id) {
        return of(actor, applications.get(actor, id));
    }
}

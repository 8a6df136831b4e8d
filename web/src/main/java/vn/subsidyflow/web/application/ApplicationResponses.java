package vn.subsidyflow.web.application;

import org.springframework.stereotype.Component;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.Applications;
import vn.subsidyflow.review.Inbox;
import vn.subsidyflow.shared.Actor;

/** Assembles the full dossier view after any command, for the dossier and task endpoints alike. */
@Component
public class ApplicationResponses {

    private final Applications applications;
    private final ApplicationHistory history;
    private final Inbox inbox;

    ApplicationResponses(Applications applications, ApplicationHistory history, Inbox inbox) {
        this.applications = applications;
        this.history = history;
        this.inbox = inbox;
    }

    public ApplicationResponse of(Actor actor, Application application) {
        return ApplicationResponse.of(application, history.of(actor, application),
                applications.documentsOf(actor, application), inbox.tasksOf(actor, application.id()));
    }
}

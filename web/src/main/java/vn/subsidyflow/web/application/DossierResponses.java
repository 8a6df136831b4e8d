package vn.subsidyflow.web.application;

import org.springframework.stereotype.Component;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.Applications;
import vn.subsidyflow.review.Inbox;
import vn.subsidyflow.shared.Actor;

/** Assembles the full dossier view after any command, for the dossier and task endpoints alike. */
@Component
public class DossierResponses {

    private final Applications applications;
    private final DossierHistory history;
    private final Inbox inbox;

    DossierResponses(Applications applications, DossierHistory history, Inbox inbox) {
        this.applications = applications;
        this.history = history;
        this.inbox = inbox;
    }

    public ApplicationResponse of(Actor actor, Application application) {
        return ApplicationResponse.of(application, history.of(actor, application),
                applications.documentsOf(actor, application), inbox.tasksOf(actor, application.id()));
    }
}

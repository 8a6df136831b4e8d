package vn.subsidyflow.web.application;

import org.springframework.stereotype.Component;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.Applications;
import vn.subsidyflow.audit.AuditTrail;
import vn.subsidyflow.review.Inbox;
import vn.subsidyflow.shared.Actor;

/** Assembles the full dossier view after any command, for the dossier and task endpoints alike. */
@Component
public class DossierResponses {

    private final Applications applications;
    private final AuditTrail audit;
    private final Inbox inbox;

    DossierResponses(Applications applications, AuditTrail audit, Inbox inbox) {
        this.applications = applications;
        this.audit = audit;
        this.inbox = inbox;
    }

    public ApplicationResponse of(Actor actor, Application application) {
        return ApplicationResponse.of(application, audit.history(application.id()),
                applications.documentsOf(actor, application), inbox.tasksOf(actor, application.id()));
    }
}

package vn.subsidyflow.web.application;

import org.springframework.stereotype.Component;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.shared.Actor;

/** Assembles the full dossier view after any command, for the dossier and task endpoints alike. */
@Component
public class ApplicationResponses {

    private final ApplicationViews views;

    ApplicationResponses(ApplicationViews views) {
        this.views = views;
    }

    public ApplicationResponse of(Actor actor, Application application) {
        return ApplicationResponse.of(views.of(actor, application));
    }
}

package vn.subsidyflow.process;

import java.util.function.Consumer;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.ApplicationRepository;
import vn.subsidyflow.audit.AuditTrail;
import vn.subsidyflow.shared.Actor;

/** A service task that moves the dossier through one aggregate transition and records it. */
abstract class StatusStep implements JavaDelegate {

    private final ApplicationRepository applications;
    private final AuditTrail audit;
    private final String action;
    private final Consumer<Application> transition;

    StatusStep(ApplicationRepository applications, AuditTrail audit, String action, Consumer<Application> transition) {
        this.applications = applications;
        this.audit = audit;
        this.action = action;
        this.transition = transition;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Application application = applications.load(ProcessVariables.applicationId(execution));
        String before = application.status().name();
        transition.accept(application);
        applications.save(application);
        audit.record(Actor.SYSTEM, application.id(), action, before, application.status().name(), null);
    }
}

package vn.subsidyflow.process;

import java.util.List;
import java.util.stream.Collectors;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.ApplicationRepository;
import vn.subsidyflow.audit.AuditFacts;
import vn.subsidyflow.audit.AuditTrail;
import vn.subsidyflow.catalog.DocumentKind;
import vn.subsidyflow.catalog.PolicyCatalog;
import vn.subsidyflow.shared.Actor;

/**
 * Management systems and conformity certification are paid after the certificate is granted, so
 * the certificate came with the dossier: confirm the completion documents are on file, and record it.
 */
@Component("confirmCompletionOnFile")
class ConfirmCompletionOnFile implements JavaDelegate {

    private final ApplicationRepository applications;
    private final PolicyCatalog catalog;
    private final AuditTrail audit;

    ConfirmCompletionOnFile(ApplicationRepository applications, PolicyCatalog catalog, AuditTrail audit) {
        this.applications = applications;
        this.catalog = catalog;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Application application = applications.load(ProcessVariables.applicationId(execution));
        List<DocumentKind> required = catalog.item(application.supportItemId()).completionDocuments();
        List<DocumentKind> missing = applications.missing(application.id(), required);
        if (!missing.isEmpty()) {
            // Submission already required them; reaching here without them means data was changed by hand.
            throw new IllegalStateException("Dossier " + application.id() + " lacks completion documents " + missing);
        }
        audit.record(Actor.SYSTEM, application.id(), "COMPLETION_ON_FILE", null, null, "On file: " + required,
                AuditFacts.of("documents", required.stream().map(Enum::name).collect(Collectors.joining(","))));
    }
}

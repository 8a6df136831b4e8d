package vn.subsidyflow.process;

import org.springframework.stereotype.Component;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.ApplicationRepository;
import vn.subsidyflow.audit.AuditTrail;

/** Intellectual property: approved on filing, paid once the IP Office's certificate arrives. */
@Component("awaitCompletion")
class AwaitCompletion extends StatusStep {

    AwaitCompletion(ApplicationRepository applications, AuditTrail audit) {
        super(applications, audit, "AWAITING_COMPLETION", Application::awaitCompletion);
    }
}

package vn.subsidyflow.process;

import org.springframework.stereotype.Component;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.ApplicationRepository;
import vn.subsidyflow.audit.AuditTrail;

/** The dossier is complete and committed: it goes to finance for payment. */
@Component("awaitPayment")
class AwaitPayment extends StatusStep {

    AwaitPayment(ApplicationRepository applications, AuditTrail audit) {
        super(applications, audit, "AWAITING_PAYMENT", Application::awaitPayment);
    }
}

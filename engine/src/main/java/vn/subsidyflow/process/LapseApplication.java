package vn.subsidyflow.process;

import java.time.Clock;
import org.springframework.stereotype.Component;
import vn.subsidyflow.application.ApplicationRepository;
import vn.subsidyflow.audit.AuditTrail;

/** The supplement deadline passed without an answer: the dossier lapses. */
@Component("lapseApplication")
class LapseApplication extends StatusStep {

    LapseApplication(ApplicationRepository applications, AuditTrail audit, Clock clock) {
        super(applications, audit, "LAPSED", application -> application.lapse(clock.instant()));
    }
}

package vn.subsidyflow.notice;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.subsidyflow.applicant.Accounts;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.ApplicationRepository;

/** What every notice about a dossier says of it (its title and its business), and who its applicants are. */
@Component
class DossierFacts {

    record Facts(Application application, Map<String, Object> model, List<Recipient> applicants) {
    }

    private final ApplicationRepository applications;
    private final Accounts accounts;
    private final Notices notices;

    DossierFacts(ApplicationRepository applications, Accounts accounts, Notices notices) {
        this.applications = applications;
        this.accounts = accounts;
        this.notices = notices;
    }

    Facts of(long applicationId) {
        Application application = applications.load(applicationId);
        Map<String, Object> model = new HashMap<>();
        model.put("applicationId", applicationId);
        model.put("title", application.title());
        model.put("business", accounts.organisation(application.organisationId()).name());
        return new Facts(application, model, notices.organisationUsers(application.organisationId()));
    }
}

package vn.subsidyflow.deadline;

import java.util.OptionalInt;
import org.springframework.stereotype.Component;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.ApplicationRepository;
import vn.subsidyflow.calendar.DossierStepDays;
import vn.subsidyflow.catalog.PolicyCatalog;
import vn.subsidyflow.workflow.Step;

/** A step's working days under the processing time of the policy version the dossier is pinned to. */
@Component
class VersionedStepDays implements DossierStepDays {

    private final DeadlineMapper mapper;
    private final PolicyCatalog catalog;
    private final ApplicationRepository applications;

    VersionedStepDays(DeadlineMapper mapper, PolicyCatalog catalog, ApplicationRepository applications) {
        this.mapper = mapper;
        this.catalog = catalog;
        this.applications = applications;
    }

    /**
     * Asked when a step's task is created, inside the command that moved the dossier: that command
     * holds the dossier already, pinned to its version (at filing, even before it is saved).
     */
    @Override
    public OptionalInt days(long applicationId, Step step) {
        return applications.inHand(applicationId).map(Application::policyVersionId)
                .or(() -> mapper.findPolicyVersionOf(applicationId))
                .map(version -> OptionalInt.of(catalog.processingTime(version).days(step)))
                .orElse(OptionalInt.empty());
    }
}

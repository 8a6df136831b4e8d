package vn.subsidyflow.deadline;

import java.util.OptionalInt;
import org.springframework.stereotype.Component;
import vn.subsidyflow.calendar.DossierStepDays;
import vn.subsidyflow.catalog.PolicyCatalog;
import vn.subsidyflow.workflow.Step;

/** A step's working days under the processing time of the policy version the dossier is pinned to. */
@Component
class VersionedStepDays implements DossierStepDays {

    private final DeadlineMapper mapper;
    private final PolicyCatalog catalog;

    VersionedStepDays(DeadlineMapper mapper, PolicyCatalog catalog) {
        this.mapper = mapper;
        this.catalog = catalog;
    }

    @Override
    public OptionalInt days(long applicationId, Step step) {
        return mapper.findPolicyVersionOf(applicationId)
                .map(version -> OptionalInt.of(catalog.processingTime(version).days(step)))
                .orElse(OptionalInt.empty());
    }
}

package vn.subsidyflow.application;

import java.util.Map;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/** The dossier is not in a state that allows this action; nothing changed. */
public class ApplicationNotInState extends DomainFailure {

    public ApplicationNotInState(Long applicationId, ApplicationStatus actual, String action) {
        super(FailureCode.DOSSIER_NOT_IN_STATE,
                "Dossier " + applicationId + " is " + actual + "; it cannot be " + action + " now",
                Map.of("status", actual.name()));
    }
}

package vn.subsidyflow.application;

import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/** The person who appraised a dossier may not also decide it. */
public class FourEyesViolation extends DomainFailure {

    public FourEyesViolation(Long applicationId, String username) {
        super(FailureCode.FOUR_EYES_VIOLATION,
                username + " appraised dossier " + applicationId + " and so may not decide it; another approver must");
    }
}

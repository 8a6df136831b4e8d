package vn.subsidyflow.application;

import vn.subsidyflow.shared.DomainFailure;

/** The person who appraised a dossier may not also decide it. */
public class FourEyesViolation extends DomainFailure {

    public FourEyesViolation(Long applicationId, String username) {
        super(Kind.CONFLICT, "FOUR_EYES_VIOLATION",
                username + " appraised dossier " + applicationId + " and so may not decide it; another approver must");
    }
}

package vn.subsidyflow.application;

/**
 * The processing clock of a dossier, which the commands that file and resume it wind: called on the
 * aggregate before it is saved, so that the save (and whatever listens to it, such as the receipt)
 * carries the appointment. Implemented by the deadlines feature.
 */
public interface DossierClock {

    /** The dossier was just filed: appoints the receipt day plus the processing time of its policy version. */
    void filed(Application application);

    /**
     * The applicant answered what the clock paused for (a supplement, the evidence): the clock runs
     * again, and the appointment moves by the working days it stood still.
     */
    void resumed(Application application);
}

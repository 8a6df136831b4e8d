package vn.subsidyflow.application;

/**
 * The dossier's workflow, as the aggregate's services see it. Implemented at the Flowable edge, so
 * the domain never sees a Flowable type.
 */
public interface ApplicationProcess {

    /** Starts the lifecycle process for a submitted dossier; returns the process instance id. */
    String start(Application application);

    /** Ends the dossier's process (withdrawn): its open tasks disappear from every inbox. */
    void cancel(Application application, String reason);
}

package vn.subsidyflow.disbursement;

import java.util.List;
import vn.subsidyflow.application.Application;

/** The dossier's open payment task, implemented at the Flowable edge. */
public interface PaymentTask {

    /** Completes the dossier's open {@code payment} task with outcome PAY, if it has one, so its process ends. */
    void completePaid(Application application);

    /** {@link #completePaid(Application)} for several dossiers, finding their open tasks in one query. */
    default void completePaid(List<Application> applications) {
        applications.forEach(this::completePaid);
    }
}

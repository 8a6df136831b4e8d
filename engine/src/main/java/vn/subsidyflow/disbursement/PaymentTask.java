package vn.subsidyflow.disbursement;

import java.util.List;
import vn.subsidyflow.application.Application;

/** The dossier's open payment task, implemented at the Flowable edge. */
public interface PaymentTask {

    /**
     * Completes the dossiers' open {@code payment} tasks with outcome PAY (those that have one), so their
     * processes end; the tasks are found with one query.
     */
    void completePaid(List<Application> applications);
}

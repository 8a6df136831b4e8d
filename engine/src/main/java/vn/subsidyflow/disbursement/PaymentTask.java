package vn.subsidyflow.disbursement;

import java.util.List;

/** The dossier's open payment task, implemented at the Flowable edge. */
public interface PaymentTask {

    /**
     * Takes the open {@code payment} tasks of dossiers just paid in full out of the inbox, in the caller's
     * transaction: their processes are closed later ({@link PaidProcesses}), and meanwhile nobody sees
     * the task or can complete it (it is not found, as once it is done).
     */
    void withdrawPaid(List<Long> applicationIds);

    /**
     * Completes the open {@code payment} tasks of these processes with outcome PAY (those that have one),
     * so the processes end; the tasks are found with one query.
     */
    void completePaid(List<String> processInstanceIds);
}

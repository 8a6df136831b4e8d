package vn.subsidyflow.review;

import vn.subsidyflow.workflow.Outcome;

/** The process engine's task operations, implemented at the Flowable edge. */
public interface TaskEngine {

    /** Completes the task with the outcome its gateway routes on; the process moves on in this transaction. */
    void complete(String taskId, Outcome outcome);

    void claim(String taskId, String username);

    void unclaim(String taskId);
}

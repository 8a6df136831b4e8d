package vn.subsidyflow.review;

import java.util.Map;

/** The process engine's task operations, implemented at the Flowable edge. */
public interface TaskEngine {

    /** Completes the task with the given process variables; the process moves on in this transaction. */
    void complete(String taskId, Map<String, Object> variables);

    void claim(String taskId, String username);

    void unclaim(String taskId);
}

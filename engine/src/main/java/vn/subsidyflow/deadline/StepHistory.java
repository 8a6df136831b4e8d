package vn.subsidyflow.deadline;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.subsidyflow.workflow.Step;

/**
 * The steps a dossier's process opened, its category's sub-process included: when each opened, and
 * when and by whom it was done. Our own record (step_span), written by the process edge in the
 * transaction that opens or ends the task, so the process engine keeps no activity history for it.
 */
@Service
public class StepHistory {

    private final DeadlineMapper mapper;

    StepHistory(DeadlineMapper mapper) {
        this.mapper = mapper;
    }

    /** A user task of the dossier opened. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void opened(String taskId, long applicationId, String stepKey, Instant openedAt) {
        mapper.insertStepSpan(taskId, applicationId, stepKey, openedAt);
    }

    /** The task ended, completed by {@code doneBy} or ended with its process (then by whoever held it). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void done(String taskId, Instant doneAt, String doneBy) {
        mapper.endStepSpan(taskId, doneAt, doneBy);
    }

    /**
     * This step of these dossiers was done by other means than completing its task (payment ordered
     * by a batch), whose process is closed later: the step ends now, and the later completion of the
     * task leaves the span as it is.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void doneWithoutTask(java.util.Collection<Long> applicationIds, String stepKey, Instant doneAt) {
        if (!applicationIds.isEmpty()) {
            mapper.endStepSpans(applicationIds, stepKey, doneAt);
        }
    }

    /** The steps of the dossier's process, oldest first. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<OpenedStep> stepsOf(long applicationId) {
        return mapper.findStepSpans(applicationId).stream()
                .filter(step -> Step.ofKey(step.stepKey()).isPresent())
                .toList();
    }

    /** A user task the process opened: its step key, when, and when and by whom it was done (null while open). */
    public record OpenedStep(String taskId, String stepKey, Instant openedAt, Instant doneAt, String doneBy) {
    }
}

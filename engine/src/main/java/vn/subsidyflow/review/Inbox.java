package vn.subsidyflow.review;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/**
 * The task inbox read model. Rows are written by the process engine's task events in the task's
 * own transaction, and read with plain indexed SQL — never through the engine's variable tables.
 */
@Service
public class Inbox {

    private final InboxMapper mapper;

    Inbox(InboxMapper mapper) {
        this.mapper = mapper;
    }

    /** Tasks the actor may act on: offered to one of its groups, or assigned to it. */
    public List<OpenTask> tasks(Actor actor, InboxFilter filter) {
        return mapper.query(actor.groups(), actor.username(), filter);
    }

    /** The number of tasks {@link #tasks} pages through: on the default page, from the queues' kept counts. */
    public long count(Actor actor, InboxFilter filter) {
        return mapper.count(actor.groups(), actor.username(), filter);
    }

    /**
     * How many of the actor's tasks each step holds under the filter (its step left aside), counted by
     * the database; steps without a task are absent.
     */
    public java.util.Map<String, Long> countByStep(Actor actor, InboxFilter filter) {
        InboxFilter everyStep = new InboxFilter(null, filter.category(), filter.applicationId(), filter.mineOnly(),
                filter.dueFrom(), filter.dueBefore(), filter.order(), 0, 1);
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        mapper.countByStep(actor.groups(), actor.username(), everyStep).forEach(c -> counts.put(c.taskKey(), c.tasks()));
        return counts;
    }

    /** Open tasks of a dossier the actor may see. */
    public List<OpenTask> tasksOf(Actor actor, long applicationId) {
        return mapper.findForApplication(applicationId).stream().filter(task -> mayAct(actor, task)).toList();
    }

    /**
     * Every open task of the dossier, whoever may act on it: the dossier's current steps and due
     * dates. The caller shows them only to users who may see the dossier.
     */
    public List<OpenTask> openTasksOf(long applicationId) {
        return mapper.findForApplication(applicationId);
    }

    /** The task, if the actor may act on it; otherwise not found (its existence is not disclosed). */
    public OpenTask task(Actor actor, String taskId) {
        OpenTask task = mapper.find(taskId).orElseThrow(() -> DomainFailure.notFound(FailureCode.TASK_NOT_FOUND, taskId));
        if (!mayAct(actor, task)) {
            throw DomainFailure.notFound(FailureCode.TASK_NOT_FOUND, taskId);
        }
        return task;
    }

    /**
     * Counts every queue again from the open tasks and replaces the kept counts, in the caller's
     * transaction; returns the number of (queue, stripe) counts written.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int recount() {
        mapper.deleteCounts();
        return mapper.insertCounts();
    }

    static boolean mayAct(Actor actor, OpenTask task) {
        return actor.username().equals(task.assignee())
                || (task.candidateGroup() != null && actor.groups().contains(task.candidateGroup()));
    }

    // Projection, called by the process engine's task listener inside the task's transaction.

    public void opened(String taskId, long applicationId, String processInstanceId, String taskKey, String name,
                       String candidateGroup, String assignee, Instant dueAt, Instant createdAt) {
        mapper.insert(taskId, applicationId, processInstanceId, taskKey, name, candidateGroup, assignee, dueAt, createdAt);
    }

    public void assigned(String taskId, String assignee) {
        mapper.assign(taskId, assignee);
    }

    public void closed(String taskId) {
        mapper.delete(taskId);
    }

    /**
     * The open tasks of these dossiers at this step leave the inbox before the engine completes them (a
     * step the dossier has done by other means, whose process is closed later); the engine's own
     * completion then finds no row to delete.
     */
    public void closedSteps(java.util.Collection<Long> applicationIds, String taskKey) {
        if (!applicationIds.isEmpty()) {
            mapper.deleteStep(applicationIds, taskKey);
        }
    }

    public void closedAll(long applicationId) {
        mapper.deleteByApplication(applicationId);
    }
}

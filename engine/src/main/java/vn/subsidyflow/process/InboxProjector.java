package vn.subsidyflow.process;

import java.time.Instant;
import java.util.Date;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;
import vn.subsidyflow.deadline.StepHistory;
import vn.subsidyflow.review.Inbox;

/**
 * Keeps the inbox read model in step with user tasks: a row when a task is created, its assignee
 * when claimed, gone when completed or deleted. Runs inside the engine's transaction, so the inbox
 * can never show a task that does not exist or miss one that does. It records the dossier's step
 * history the same way (when each step opened, when and by whom it ended), which is why the engine
 * keeps no activity history of its own.
 */
@Component
class InboxProjector implements FlowableEventListener {

    private final Inbox inbox;
    private final StepHistory steps;

    InboxProjector(Inbox inbox, StepHistory steps) {
        this.inbox = inbox;
        this.steps = steps;
    }

    @Override
    public void onEvent(FlowableEvent event) {
        if (!(event instanceof FlowableEngineEntityEvent entityEvent) || !(entityEvent.getEntity() instanceof TaskEntity task)) {
            return;
        }
        FlowableEngineEventType type = (FlowableEngineEventType) event.getType();
        switch (type) {
            case TASK_CREATED -> opened(task);
            case TASK_ASSIGNED -> inbox.assigned(task.getId(), task.getAssignee());
            // A completed task is deleted too (ENTITY_DELETED follows TASK_COMPLETED): one DELETE is enough.
            case ENTITY_DELETED -> closed(task);
            default -> {
            }
        }
    }

    private void opened(TaskEntity task) {
        Object applicationId = task.getVariable(ProcessVariables.APPLICATION_ID);
        if (!(applicationId instanceof Number id)) {
            return;
        }
        String group = task.getIdentityLinks().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId())
                .findFirst().orElse(null);
        Date due = task.getDueDate();
        Instant created = task.getCreateTime() == null ? engineNow() : task.getCreateTime().toInstant();
        inbox.opened(task.getId(), id.longValue(), task.getProcessInstanceId(), task.getTaskDefinitionKey(), task.getName(),
                group, task.getAssignee(), due == null ? null : due.toInstant(), created);
        steps.opened(task.getId(), id.longValue(), task.getTaskDefinitionKey(), created);
    }

    private void closed(TaskEntity task) {
        inbox.closed(task.getId());
        // A task of no dossier has no span: the update then finds no row.
        steps.done(task.getId(), engineNow(), task.getAssignee());
    }

    /** The engine's clock, the one its task create times come from. */
    private static Instant engineNow() {
        return CommandContextUtil.getProcessEngineConfiguration().getClock().getCurrentTime().toInstant();
    }

    @Override
    public boolean isFailOnException() {
        // A task without its inbox row would be invisible: fail the whole transaction instead.
        return true;
    }

    @Override
    public boolean isFireOnTransactionLifecycleEvent() {
        return false;
    }

    @Override
    public String getOnTransaction() {
        return null;
    }
}

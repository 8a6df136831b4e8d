package vn.subsidyflow.process;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.Execution;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.application.ApplicationProcess;
import vn.subsidyflow.disbursement.PaymentTask;
import vn.subsidyflow.deadline.StepHistory;
import vn.subsidyflow.review.Inbox;
import vn.subsidyflow.review.TaskEngine;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.workflow.Outcome;
import vn.subsidyflow.workflow.Step;

/** Runs the {@code supportApplication} process for each dossier. */
@Component
class FlowableProcessGateway implements ApplicationProcess, TaskEngine, PaymentTask {

    static final String PROCESS_KEY = "supportApplication";
    static final String BUDGET_AVAILABLE = "budgetAvailable";

    private final RuntimeService runtime;
    private final TaskService taskService;
    private final ManagementService management;
    private final Inbox inbox;
    private final StepHistory steps;
    private final Clock clock;

    FlowableProcessGateway(RuntimeService runtime, TaskService taskService, ManagementService management, Inbox inbox,
                           StepHistory steps, Clock clock) {
        this.runtime = runtime;
        this.taskService = taskService;
        this.management = management;
        this.inbox = inbox;
        this.steps = steps;
        this.clock = clock;
    }

    @Override
    public String start(Application application) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.APPLICATION_ID, application.id());
        variables.put(ProcessVariables.CATEGORY, application.category().name());
        variables.put(ProcessVariables.APPLICANT_GROUP, Actor.applicantGroup(application.organisationId()));
        return runtime.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(application.id()), variables).getId();
    }

    @Override
    public void cancel(Application application, String reason) {
        try {
            runtime.deleteProcessInstance(application.processInstanceId(), reason);
        } catch (FlowableObjectNotFoundException alreadyEnded) {
            // The process had already ended; nothing is left to cancel.
        }
        inbox.closedAll(application.id());
    }

    /** Wakes a waitlisted dossier's process so it tries to commit its budget again. */
    void budgetAvailable(Application application) {
        Execution waiting = runtime.createExecutionQuery()
                .processInstanceId(application.processInstanceId())
                .messageEventSubscriptionName(BUDGET_AVAILABLE)
                .singleResult();
        if (waiting != null) {
            runtime.messageEventReceived(BUDGET_AVAILABLE, waiting.getId());
        }
    }

    @Override
    public void complete(String taskId, Outcome outcome) {
        try {
            taskService.complete(taskId, Map.of(Outcome.VARIABLE, outcome.name()));
        } catch (FlowableObjectNotFoundException e) {
            throw DomainFailure.notFound(FailureCode.TASK_NOT_FOUND, taskId);
        }
    }

    @Override
    public void withdrawPaid(List<Long> applicationIds) {
        // Ordered means the payment step is done, now: its task leaves the inbox and its span ends,
        // although the engine completes the task only when the process is closed later.
        inbox.closedSteps(applicationIds, Step.PAYMENT.key());
        steps.doneWithoutTask(applicationIds, Step.PAYMENT.key(), clock.instant());
    }

    /** Batches paid these dossiers in full: their open payment tasks are done too, and their processes end. */
    @Override
    public void completePaid(List<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return;
        }
        // One Flowable command around the whole chunk: the nested completions share its context, so the
        // engine flushes once at the end, with its inserts grouped into multi-row statements, instead of
        // once per dossier.
        management.executeCommand(commandContext -> {
            for (Task task : taskService.createTaskQuery().processInstanceIdIn(processInstanceIds)
                    .taskDefinitionKey(Step.PAYMENT.key()).list()) {
                taskService.complete(task.getId(), Map.of(Outcome.VARIABLE, Outcome.PAY.name()));
            }
            return null;
        });
    }

    @Override
    public void claim(String taskId, String username) {
        try {
            taskService.claim(taskId, username);
        } catch (FlowableObjectNotFoundException e) {
            throw DomainFailure.notFound(FailureCode.TASK_NOT_FOUND, taskId);
        } catch (FlowableException e) {
            throw new DomainFailure(FailureCode.TASK_CLAIMED, "Task " + taskId + " was claimed by someone else");
        }
    }

    @Override
    public void unclaim(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw DomainFailure.notFound(FailureCode.TASK_NOT_FOUND, taskId);
        }
        taskService.unclaim(taskId);
    }
}

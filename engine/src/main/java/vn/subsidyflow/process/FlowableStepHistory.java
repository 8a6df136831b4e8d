package vn.subsidyflow.process;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.flowable.engine.HistoryService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;
import vn.subsidyflow.deadline.StepHistory;
import vn.subsidyflow.workflow.Step;

/**
 * The user tasks of a dossier's process and of its category's sub-process, from the engine's
 * activity history (kept at the activity level: there are no historic task rows, but each user task
 * is an activity with its task id, start, end and assignee).
 */
@Component
class FlowableStepHistory implements StepHistory {

    private final HistoryService history;

    FlowableStepHistory(HistoryService history) {
        this.history = history;
    }

    @Override
    public List<OpenedStep> stepsOf(String processInstanceId) {
        List<String> instances = new ArrayList<>();
        instances.add(processInstanceId);
        for (HistoricProcessInstance sub : history.createHistoricProcessInstanceQuery()
                .superProcessInstanceId(processInstanceId).list()) {
            instances.add(sub.getId());
        }
        List<OpenedStep> steps = new ArrayList<>();
        for (String instance : instances) {
            for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
                    .processInstanceId(instance).activityType("userTask").list()) {
                if (Step.ofKey(activity.getActivityId()).isPresent()) {
                    steps.add(new OpenedStep(activity.getTaskId(), activity.getActivityId(), activity.getStartTime().toInstant(),
                            activity.getEndTime() == null ? null : activity.getEndTime().toInstant(), activity.getAssignee()));
                }
            }
        }
        steps.sort(Comparator.comparing(OpenedStep::openedAt));
        return steps;
    }
}

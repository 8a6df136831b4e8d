package vn.subsidyflow.workflow;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.Gateway;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.bpmn.model.UserTask;

/**
 * Holds BPMN models to the process contract ({@link Step}, {@link StepOutcome}) and says, in
 * words, everything that does not match: a user task that is no step or a step without its user
 * task, a candidate group other than the step's role, a deadline other than the step's, and a
 * gateway that routes a step on an outcome the step does not have, or leaves one of its outcomes
 * routed nowhere.
 */
final class ProcessContract {

    private static final Pattern OUTCOME_CONDITION =
            Pattern.compile("\\$\\{\\s*" + Outcome.VARIABLE + "\\s*==\\s*'([^']*)'\\s*}");
    private static final Pattern MENTIONS_OUTCOME = Pattern.compile("\\b" + Outcome.VARIABLE + "\\b");

    private ProcessContract() {
    }

    static BpmnModel parse(String xml) {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        return new BpmnXMLConverter().convertToBpmnModel(() -> new ByteArrayInputStream(bytes), false, false);
    }

    /** What in these models breaks the contract; empty when they keep it. */
    static List<String> violations(Collection<BpmnModel> models) {
        List<String> violations = new ArrayList<>();
        Map<Step, List<String>> tasksOfStep = new EnumMap<>(Step.class);
        Set<SequenceFlow> outcomeFlowsSeen = new HashSet<>();
        for (BpmnModel model : models) {
            for (Process process : model.getProcesses()) {
                for (UserTask task : process.findFlowElementsOfType(UserTask.class)) {
                    Optional<Step> step = Step.ofKey(task.getId());
                    if (step.isEmpty()) {
                        violations.add("user task '" + task.getId() + "' in process '" + process.getId() + "' is not a Step");
                        continue;
                    }
                    tasksOfStep.computeIfAbsent(step.get(), s -> new ArrayList<>()).add(process.getId());
                    checkCandidateGroup(step.get(), task, violations);
                    checkDeadline(step.get(), task, process, violations);
                    checkRoutes(step.get(), task, violations, outcomeFlowsSeen);
                }
                for (SequenceFlow flow : process.findFlowElementsOfType(SequenceFlow.class)) {
                    if (mentionsOutcome(flow) && !outcomeFlowsSeen.contains(flow)) {
                        violations.add("flow '" + flow.getId() + "' routes on " + Outcome.VARIABLE + " but follows no step");
                    }
                }
            }
        }
        for (Step step : Step.values()) {
            List<String> processes = tasksOfStep.getOrDefault(step, List.of());
            if (processes.isEmpty()) {
                violations.add("Step " + step + " has no user task '" + step.key() + "'");
            } else if (processes.size() > 1) {
                violations.add("Step " + step + " has " + processes.size() + " user tasks, in " + processes);
            }
        }
        return violations;
    }

    private static void checkCandidateGroup(Step step, UserTask task, List<String> violations) {
        List<String> groups = task.getCandidateGroups();
        if (!groups.equals(List.of(step.candidateGroup()))) {
            violations.add("user task '" + task.getId() + "' is offered to " + groups + ", but step " + step
                    + " is taken by " + step.candidateGroup());
        }
    }

    private static void checkDeadline(Step step, UserTask task, Process process, List<String> violations) {
        String due = "${deadlines.due('" + step.key() + "', applicationId)}";
        List<String> timers = process.findFlowElementsOfType(BoundaryEvent.class).stream()
                .filter(event -> task.getId().equals(event.getAttachedToRefId()))
                .flatMap(event -> event.getEventDefinitions().stream())
                .filter(TimerEventDefinition.class::isInstance)
                .map(definition -> ((TimerEventDefinition) definition).getTimeDate())
                .toList();
        boolean dueDate = due.equals(task.getDueDate());
        boolean lapses = timers.contains(due);
        boolean expected = switch (step.deadline()) {
            case DUE_DATE -> dueDate && !lapses && timers.isEmpty();
            case LAPSES -> dueDate && lapses && timers.size() == 1;
            case NONE -> task.getDueDate() == null && timers.isEmpty();
        };
        if (!expected) {
            violations.add("user task '" + task.getId() + "' has due date " + task.getDueDate() + " and timers " + timers
                    + ", but step " + step + "'s deadline is " + step.deadline() + " (" + due + ")");
        }
    }

    /**
     * The outcomes the step is routed on: conditions on its own outgoing flows, or on the flows
     * out of the gateway it leads to. A step whose flows carry no such condition goes one way
     * whatever the outcome, which routes every outcome.
     */
    private static void checkRoutes(Step step, UserTask task, List<String> violations, Set<SequenceFlow> seen) {
        Set<String> routed = new LinkedHashSet<>();
        boolean hasDefault = false;
        for (SequenceFlow out : task.getOutgoingFlows()) {
            collect(out, routed, violations, seen);
            if (out.getTargetFlowElement() instanceof Gateway gateway) {
                hasDefault |= gateway.getDefaultFlow() != null;
                for (SequenceFlow branch : ((FlowNode) gateway).getOutgoingFlows()) {
                    collect(branch, routed, violations, seen);
                }
            }
        }
        if (routed.isEmpty()) {
            return;
        }
        List<String> outcomes = step.outcomes().stream().map(Outcome::name).toList();
        for (String outcome : routed) {
            if (!outcomes.contains(outcome)) {
                violations.add("step " + step + " is routed on '" + outcome + "', which is not one of its outcomes " + outcomes);
            }
        }
        if (!hasDefault) {
            for (String outcome : outcomes) {
                if (!routed.contains(outcome)) {
                    violations.add("step " + step + "'s outcome " + outcome + " is routed nowhere");
                }
            }
        }
    }

    private static void collect(SequenceFlow flow, Set<String> routed, List<String> violations, Set<SequenceFlow> seen) {
        if (!mentionsOutcome(flow)) {
            return;
        }
        seen.add(flow);
        Matcher matcher = OUTCOME_CONDITION.matcher(flow.getConditionExpression().trim());
        if (matcher.matches()) {
            routed.add(matcher.group(1));
        } else {
            violations.add("flow '" + flow.getId() + "' has condition " + flow.getConditionExpression()
                    + ", not of the form ${" + Outcome.VARIABLE + " == 'AN_OUTCOME'}");
        }
    }

    private static boolean mentionsOutcome(SequenceFlow flow) {
        return flow.getConditionExpression() != null && MENTIONS_OUTCOME.matcher(flow.getConditionExpression()).find();
    }
}

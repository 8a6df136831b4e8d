package vn.subsidyflow.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.reset;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.flowable.common.engine.impl.runtime.Clock;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.mockito.stubbing.Answer;

/** Walks dossiers through the processes on the shared engine, as the engine module will. */
abstract class ProcessTestSupport {

    static final String APPLICANT_GROUP = "org:12";
    static final Instant NOW = Instant.parse("2025-03-03T02:00:00Z");

    private static final AtomicLong applicationIds = new AtomicLong(1000);

    final ProcessEngine engine = ProcessEngineFixture.engine();
    final RuntimeService runtimeService = engine.getRuntimeService();
    final TaskService taskService = engine.getTaskService();
    final HistoryService historyService = engine.getHistoryService();
    final ManagementService managementService = engine.getManagementService();

    final JavaDelegate commitBudget = ProcessEngineFixture.delegate("commitBudget");
    final JavaDelegate lapseApplication = ProcessEngineFixture.delegate("lapseApplication");
    final JavaDelegate awaitPayment = ProcessEngineFixture.delegate("awaitPayment");
    final JavaDelegate confirmCompletionOnFile = ProcessEngineFixture.delegate("confirmCompletionOnFile");
    final JavaDelegate awaitCompletion = ProcessEngineFixture.delegate("awaitCompletion");

    @BeforeEach
    void freshDelegatesAndFixedClock() throws Exception {
        ProcessEngineFixture.delegates().forEach(delegate -> reset(delegate));
        doAnswer(setting("budgetCommitted", true)).when(commitBudget).execute(any());
        clock().setCurrentTime(Date.from(NOW));
    }

    @AfterEach
    void realClock() {
        clock().reset();
    }

    /** An answer for a mocked delegate that sets one process variable, as the real delegate would. */
    static Answer<Void> setting(String variable, Object value) {
        return invocation -> {
            invocation.<DelegateExecution>getArgument(0).setVariable(variable, value);
            return null;
        };
    }

    Clock clock() {
        return engine.getProcessEngineConfiguration().getClock();
    }

    void advanceClockByDays(int days) {
        clock().setCurrentTime(Date.from(clock().getCurrentTime().toInstant().plus(days, ChronoUnit.DAYS)));
    }

    Date dueIn(int days) {
        return Date.from(clock().getCurrentTime().toInstant().plus(days, ChronoUnit.DAYS));
    }

    /** Files a dossier: starts the main process as the web module does. */
    String submit(String category) {
        long applicationId = applicationIds.incrementAndGet();
        return runtimeService.startProcessInstanceByKey("supportApplication", String.valueOf(applicationId), Map.of(
                "applicationId", applicationId,
                "category", category,
                "applicantGroup", APPLICANT_GROUP)).getId();
    }

    /** A dossier accepted at intake, recommended for approval and approved: the budget is committed next. */
    String approved(String category) {
        String processInstanceId = submit(category);
        complete(processInstanceId, "intake", "ACCEPT");
        complete(processInstanceId, "appraisal", "RECOMMEND_APPROVAL");
        complete(processInstanceId, "decision", "APPROVE");
        return processInstanceId;
    }

    /** The one open task of the dossier, in the main process or in the called sub-process. */
    Task openTask(String processInstanceId) {
        List<String> instances = new ArrayList<>(List.of(processInstanceId));
        runtimeService.createProcessInstanceQuery().superProcessInstanceId(processInstanceId).list()
                .forEach(subProcess -> instances.add(subProcess.getId()));
        return taskService.createTaskQuery().processInstanceIdIn(instances).singleResult();
    }

    /** Completes the open task, which must be {@code taskKey}, with the outcome the caller chose. */
    Task complete(String processInstanceId, String taskKey, String outcome) {
        Task task = openTask(processInstanceId);
        assertThat(task).as("open task of %s", processInstanceId).isNotNull();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
        taskService.complete(task.getId(), Map.of("outcome", outcome));
        return task;
    }

    /** Asserts the dossier's open task: its key, its one candidate group, and its due date (none if {@code dueInDays} is null). */
    Task assertOpenTask(String processInstanceId, String taskKey, String candidateGroup, Integer dueInDays) {
        Task task = openTask(processInstanceId);
        assertThat(task).as("open task of %s", processInstanceId).isNotNull();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
        assertThat(candidateGroups(task)).containsExactly(candidateGroup);
        if (dueInDays == null) {
            assertThat(task.getDueDate()).isNull();
        } else {
            assertThat(task.getDueDate()).hasSameTimeAs(dueIn(dueInDays));
        }
        return task;
    }

    List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .toList();
    }

    boolean reached(String processInstanceId, String activityId) {
        return historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).activityId(activityId).count() > 0;
    }

    boolean isEnded(String processInstanceId) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0;
    }
}

package vn.subsidyflow.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.runtime.ActivityInstance;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.image.impl.DefaultProcessDiagramGenerator;
import org.springframework.stereotype.Service;
import vn.subsidyflow.application.Application;
import vn.subsidyflow.deadline.StepHistory;

/**
 * Draws a dossier's lifecycle (SVG for the pages, PNG as before) with the step it is at highlighted, so an applicant sees
 * where the dossier stands in the same picture the Department works from. The caller checks that
 * the user may see the dossier. What a running process went through is the engine's runtime record of
 * its activities (kept until the process ends, whatever the history level); once it has ended, the
 * engine keeps only the instance (history level {@code instance}), so the steps done come from our
 * own step history, with the start and the end the process reached.
 */
@Service
public class ProcessDiagrams {

    private static final String FONT = "SansSerif";

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final StepHistory steps;
    private final DefaultProcessDiagramGenerator generator = new DefaultProcessDiagramGenerator();

    ProcessDiagrams(RepositoryService repository, RuntimeService runtime, HistoryService history, StepHistory steps) {
        this.repository = repository;
        this.runtime = runtime;
        this.history = history;
        this.steps = steps;
    }

    /** The lifecycle diagram; with a running process instance, its active steps are highlighted. */
    public byte[] png(Application application) {
        Drawn drawn = drawn(application);
        try (InputStream png = generator.generateDiagram(drawn.model(), "png", drawn.active(), List.of(), FONT, FONT, FONT,
                getClass().getClassLoader(), 1.0, true)) {
            return png.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The lifecycle diagram as SVG, worded in the reader's language and cropped to the model: the
     * steps the dossier is at are marked current, those it went through done. {@code laneNames}
     * words a lane by its id (null keeps the model's name).
     */
    public String svg(Application application, Locale locale, UnaryOperator<String> laneNames) {
        Drawn drawn = drawn(application);
        return DiagramSvg.draw(drawn.model(), locale, drawn.active(), drawn.done(), laneNames);
    }

    private Drawn drawn(Application application) {
        String processInstanceId = application.processInstanceId();
        String definitionId = null;
        List<String> active = List.of();
        Set<String> done = Set.of();
        if (processInstanceId != null) {
            ProcessInstance running = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
            if (running != null) {
                definitionId = running.getProcessDefinitionId();
                active = runtime.getActiveActivityIds(processInstanceId);
                done = runtime.createActivityInstanceQuery().processInstanceId(processInstanceId).finished().list().stream()
                        .map(ActivityInstance::getActivityId).collect(Collectors.toSet());
            } else {
                HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery()
                        .processInstanceId(processInstanceId).singleResult();
                if (ended != null) {
                    definitionId = ended.getProcessDefinitionId();
                    done = endedPath(ended, application.id());
                }
            }
        }
        if (definitionId == null) {
            definitionId = repository.createProcessDefinitionQuery()
                    .processDefinitionKey(FlowableProcessGateway.PROCESS_KEY).latestVersion().singleResult().getId();
        }
        return new Drawn(repository.getBpmnModel(definitionId), active, done);
    }

    /** The steps the dossier went through, from its start to the end the process reached. */
    private Set<String> endedPath(HistoricProcessInstance ended, long applicationId) {
        Set<String> done = new HashSet<>();
        if (ended.getStartActivityId() != null) {
            done.add(ended.getStartActivityId());
        }
        if (ended.getEndActivityId() != null) {
            done.add(ended.getEndActivityId());
        }
        steps.stepsOf(applicationId).stream()
                .filter(step -> step.doneAt() != null)
                .forEach(step -> done.add(step.stepKey()));
        return done;
    }

    private record Drawn(BpmnModel model, List<String> active, Set<String> done) {
    }
}

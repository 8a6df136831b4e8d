package vn.subsidyflow.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.image.impl.DefaultProcessDiagramGenerator;
import org.springframework.stereotype.Service;

/**
 * Draws a dossier's lifecycle as a PNG with the step it is at highlighted, so an applicant sees
 * where the dossier stands in the same picture the Department works from. The caller checks that
 * the user may see the dossier.
 */
@Service
public class ProcessDiagrams {

    private static final String FONT = "SansSerif";

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final DefaultProcessDiagramGenerator generator = new DefaultProcessDiagramGenerator();

    ProcessDiagrams(RepositoryService repository, RuntimeService runtime, HistoryService history) {
        this.repository = repository;
        this.runtime = runtime;
        this.history = history;
    }

    /** The lifecycle diagram; with a running process instance, its active steps are highlighted. */
    public byte[] png(String processInstanceId) {
        String definitionId = null;
        List<String> active = List.of();
        if (processInstanceId != null) {
            ProcessInstance running = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
            if (running != null) {
                definitionId = running.getProcessDefinitionId();
                active = runtime.getActiveActivityIds(processInstanceId);
            } else {
                HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery()
                        .processInstanceId(processInstanceId).singleResult();
                definitionId = ended == null ? null : ended.getProcessDefinitionId();
            }
        }
        if (definitionId == null) {
            definitionId = repository.createProcessDefinitionQuery()
                    .processDefinitionKey(FlowableProcessGateway.PROCESS_KEY).latestVersion().singleResult().getId();
        }
        BpmnModel model = repository.getBpmnModel(definitionId);
        try (InputStream png = generator.generateDiagram(model, "png", active, List.of(), FONT, FONT, FONT,
                getClass().getClassLoader(), 1.0, true)) {
            return png.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.subsidyflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.flowable.bpmn.model.Activity;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.image.impl.DefaultProcessDiagramGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The models as deployed: complete diagram interchange, documented tasks, drawable diagrams. */
class ProcessModelProcessTests extends ProcessTestSupport {

    static final List<String> processKeys = ProcessEngineFixture.PROCESS_KEYS;

    @ParameterizedTest
    @FieldSource("processKeys")
    void shouldGiveEveryFlowElementADiagramGraphic(String processKey) {
        BpmnModel model = model(processKey);

        for (FlowElement element : process(model, processKey).getFlowElements()) {
            if (element instanceof FlowNode) {
                assertThat(model.getLocationMap()).as("shape of %s", element.getId()).containsKey(element.getId());
            } else if (element instanceof SequenceFlow) {
                assertThat(model.getFlowLocationMap().get(element.getId()))
                        .as("waypoints of %s", element.getId()).hasSizeGreaterThanOrEqualTo(2);
            }
        }
        process(model, processKey).getLanes().forEach(lane ->
                assertThat(model.getLocationMap()).as("band of lane %s", lane.getId()).containsKey(lane.getId()));
    }

    @ParameterizedTest
    @FieldSource("processKeys")
    void shouldDocumentEveryTask(String processKey) {
        process(model(processKey), processKey).findFlowElementsOfType(Activity.class).forEach(activity ->
                assertThat(activity.getDocumentation()).as("documentation of %s", activity.getId()).isNotBlank());
    }

    @ParameterizedTest
    @FieldSource("processKeys")
    void shouldDrawTheProcessDiagram(String processKey) throws IOException {
        BufferedImage diagram = new DefaultProcessDiagramGenerator()
                .generatePngImage(model(processKey), 1.0);

        assertThat(diagram.getWidth()).isPositive();
        // Left in target/ for a human to look at.
        Path directory = Files.createDirectories(Path.of("target", "diagrams"));
        ImageIO.write(diagram, "png", new File(directory.toFile(), processKey + ".png"));
    }

    private BpmnModel model(String processKey) {
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().singleResult().getId();
        return engine.getRepositoryService().getBpmnModel(definitionId);
    }

    private static Process process(BpmnModel model, String processKey) {
        return model.getProcessById(processKey);
    }
}

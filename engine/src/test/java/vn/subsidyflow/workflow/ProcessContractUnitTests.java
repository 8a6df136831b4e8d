package vn.subsidyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.flowable.bpmn.model.BpmnModel;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The BPMN files on the classpath, as deployed, keep the process contract; and the check finds
 * each kind of drift when a file is altered to show it.
 */
class ProcessContractUnitTests {

    private static final String SUPPORT = "support-application.bpmn20.xml";
    private static final String IP = "intellectual-property-support.bpmn20.xml";

    @Test
    void shouldFindTheDeployedProcessesTrueToTheContract() {
        Map<String, String> files = deployedFiles();

        assertThat(files).containsKeys(SUPPORT, IP, "management-system-support.bpmn20.xml",
                "conformity-certification-support.bpmn20.xml");
        assertThat(ProcessContract.violations(models(files))).isEmpty();
    }

    @Test
    void shouldReportAUserTaskThatIsNoStepAndTheStepLeftWithoutOne() {
        List<String> violations = violationsWith(IP, xml -> replaced(xml, "verifyCompletion", "checkCertificate"));

        assertThat(violations).anyMatch(v -> v.contains("user task 'checkCertificate'") && v.contains("is not a Step"));
        assertThat(violations).anyMatch(v -> v.contains("Step VERIFY_COMPLETION has no user task"));
    }

    @Test
    void shouldReportACandidateGroupOtherThanTheStepsRole() {
        List<String> violations = violationsWith(SUPPORT, xml -> replaced(xml,
                "flowable:candidateGroups=\"REVIEWER\" flowable:dueDate=\"${deadlines.due('appraisal', applicationId)}\"",
                "flowable:candidateGroups=\"APPROVER\" flowable:dueDate=\"${deadlines.due('appraisal', applicationId)}\""));

        assertThat(violations).singleElement().asString()
                .contains("user task 'appraisal' is offered to [APPROVER]", "taken by REVIEWER");
    }

    @Test
    void shouldReportAnApplicantStepOfferedToStaff() {
        List<String> violations = violationsWith(IP, xml -> replaced(xml,
                "flowable:candidateGroups=\"${applicantGroup}\"", "flowable:candidateGroups=\"REVIEWER\""));

        assertThat(violations).singleElement().asString().contains("'completionEvidence'", "taken by ${applicantGroup}");
    }

    @Test
    void shouldReportAGatewayRoutingOnAnOutcomeTheStepDoesNotHave() {
        List<String> violations = violationsWith(SUPPORT, xml -> replaced(xml, "${outcome == 'RETURN'}", "${outcome == 'RESUBMIT'}"));

        assertThat(violations).containsExactlyInAnyOrder(
                "step DECISION is routed on 'RESUBMIT', which is not one of its outcomes [APPROVE, REJECT, RETURN]",
                "step DECISION's outcome RETURN is routed nowhere");
    }

    @Test
    void shouldReportAStepOutcomeRoutedNowhere() {
        List<String> violations = violationsWith(SUPPORT, xml -> replaced(xml, "${outcome == 'REFUSE'}", "${outcome == 'ACCEPT'}"));

        assertThat(violations).containsExactly("step INTAKE's outcome REFUSE is routed nowhere");
    }

    @Test
    void shouldReportAnOutcomeConditionItCannotRead() {
        List<String> violations = violationsWith(IP, xml -> replaced(xml,
                "${outcome == 'REQUEST_SUPPLEMENT'}", "${outcome != 'ACCEPT'}"));

        assertThat(violations).anyMatch(v -> v.contains("flow 'flowEvidenceSupplementRequested'") && v.contains("not of the form"));
        assertThat(violations).contains("step VERIFY_COMPLETION's outcome REQUEST_SUPPLEMENT is routed nowhere");
    }

    @Test
    void shouldReportADeadlineOtherThanTheSteps() {
        List<String> dueDateLost = violationsWith(SUPPORT, xml -> replaced(xml,
                " flowable:dueDate=\"${deadlines.due('decision', applicationId)}\"", ""));
        List<String> wrongSetting = violationsWith(IP, xml -> replaced(xml,
                "${deadlines.due('verifyCompletion', applicationId)}", "${deadlines.due('appraisal', applicationId)}"));

        assertThat(dueDateLost).singleElement().asString().contains("user task 'decision'", "DUE_DATE");
        assertThat(wrongSetting).singleElement().asString().contains("user task 'verifyCompletion'", "deadlines.due('verifyCompletion', applicationId)");
    }

    @Test
    void shouldReportASupplementThatNoLongerLapses() {
        List<String> violations = violationsWith(SUPPORT, xml -> replaced(xml,
                "<timeDate>${deadlines.due('supplement', applicationId)}</timeDate>", "<timeDate>${deadlines.due('intake', applicationId)}</timeDate>"));

        assertThat(violations).singleElement().asString().contains("user task 'supplement'", "LAPSES");
    }

    /** The deployed files with one of them changed; the others are left as they are, so only the change shows. */
    private static List<String> violationsWith(String file, UnaryOperator<String> change) {
        Map<String, String> files = deployedFiles();
        files.put(file, change.apply(files.get(file)));
        return ProcessContract.violations(models(files));
    }

    /** Refuses a change that does not apply: a test that alters nothing would prove nothing. */
    private static String replaced(String xml, String target, String replacement) {
        assertThat(xml).as("the text to alter").contains(target);
        return xml.replace(target, replacement);
    }

    private static Map<String, String> deployedFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:/processes/*.bpmn20.xml")) {
                files.put(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static List<BpmnModel> models(Map<String, String> files) {
        return files.values().stream().map(ProcessContract::parse).toList();
    }
}

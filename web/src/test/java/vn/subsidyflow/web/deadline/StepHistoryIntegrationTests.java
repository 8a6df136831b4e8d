package vn.subsidyflow.web.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import vn.subsidyflow.application.ApplicationRepository;
import vn.subsidyflow.process.ProcessDiagrams;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.Scenario;

/**
 * The steps a dossier went through are our own record, written with each task: the timeline and the
 * diagram show them while the process engine keeps no activity, variable or task history (its
 * history level is {@code instance}), also for the steps of a category's sub-process and once the
 * process has ended.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class StepHistoryIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcessDiagrams diagrams;

    @Autowired
    ApplicationRepository applications;

    @Test
    void shouldTimeEveryStepAndDrawItDoneWithoutTheEnginesActivityHistory() {
        Scenario s = Scenario.create(port, 0, 0, 0);
        Api applicant = s.newApplicant();
        long id = s.file(applicant, s.iso, 100_000_000L);
        s.completeOk(s.as("intake"), id, "intake", Map.of("outcome", "REQUEST_SUPPLEMENT", "comment", "Thiếu hợp đồng"));
        String process = processOf(id);
        assertThat(svg(id)).contains("<g id=\"intake\" class=\"done\">").contains("<g id=\"supplement\" class=\"current\">");

        s.completeOk(applicant, id, "supplement", Map.of("outcome", "SUBMIT"));
        Api.Response claimed = s.as("intake").post("/api/v1/tasks/" + s.taskId(s.as("intake"), id, "intake") + "/claim", null);
        assertThat(claimed.status()).as(claimed.toString()).isLessThan(300);
        s.completeOk(s.as("intake"), id, "intake", Map.of("outcome", "REFUSE", "comment", "Không thuộc đối tượng hỗ trợ"));

        JsonNode steps = timelineSteps(s, id);
        // Done by the user who held the task: nobody for a task completed unclaimed, as the engine's history had it.
        assertThat(described(steps)).containsExactly("intake by ", "supplement by ", "intake by intake");
        Instant previous = Instant.EPOCH;
        for (JsonNode step : steps) {
            Instant opened = Instant.parse(step.path("openedAt").asString());
            assertThat(opened).isAfterOrEqualTo(previous);
            assertThat(Instant.parse(step.path("doneAt").asString())).isAfterOrEqualTo(opened);
            previous = opened;
        }
        assertThat(engineHistoryRows(process)).as("activities, variables and tasks the engine kept").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_INST_ID_ = ? AND END_TIME_ IS NOT NULL",
                Long.class, process)).as("the ended instance is kept").isEqualTo(1);
        assertThat(svg(id)).as("the ended dossier's diagram")
                .contains("<g id=\"intake\" class=\"done\">", "<g id=\"supplement\" class=\"done\">",
                        "<g id=\"applicationRefused\" class=\"done\">")
                .doesNotContain("class=\"current\"", "<g id=\"appraisal\" class=\"done\">");
    }

    @Test
    void shouldKeepTheStepsOfTheCategorysSubProcess() {
        Scenario s = Scenario.create(port, 0, 0, 1_000_000_000L);
        Api applicant = s.newApplicant();
        long id = s.file(applicant, s.trademark, 15_000_000L);
        assertThat(s.approve(id, 15_000_000L).path("status").asString()).isEqualTo("AWAITING_COMPLETION");

        List<String> steps = new ArrayList<>();
        timelineSteps(s, id).forEach(step -> steps.add(step.path("step").asString()
                + (step.path("doneAt").isNull() || step.path("doneAt").isMissingNode() ? " open" : " done")));
        assertThat(steps).containsExactly("intake done", "appraisal done", "decision done", "completionEvidence open");
        assertThat(engineHistoryRows(processOf(id))).isZero();
    }

    private JsonNode timelineSteps(Scenario s, long id) {
        Api.Response timeline = s.as("approver").get("/api/v1/applications/" + id + "/timeline");
        assertThat(timeline.status()).as(timeline.toString()).isEqualTo(200);
        return timeline.body().path("steps");
    }

    private static List<String> described(JsonNode steps) {
        List<String> described = new ArrayList<>();
        steps.forEach(step -> described.add(step.path("step").asString() + " by " + step.path("doneBy").asString()));
        return described;
    }

    private String processOf(long id) {
        return jdbc.queryForObject("SELECT process_instance_id FROM application WHERE id = ?", String.class, id);
    }

    /** Rows of the process and its sub-processes in the engine's activity, variable and task history. */
    private long engineHistoryRows(String process) {
        long rows = 0;
        for (String table : List.of("ACT_HI_ACTINST", "ACT_HI_VARINST", "ACT_HI_TASKINST")) {
            rows += jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE PROC_INST_ID_ IN (SELECT PROC_INST_ID_ FROM ACT_HI_PROCINST"
                    + " WHERE PROC_INST_ID_ = ? OR SUPER_PROCESS_INSTANCE_ID_ = ?)", Long.class, process, process);
        }
        return rows;
    }

    private String svg(long id) {
        return diagrams.svg(applications.load(id), Locale.ENGLISH, UnaryOperator.identity());
    }
}

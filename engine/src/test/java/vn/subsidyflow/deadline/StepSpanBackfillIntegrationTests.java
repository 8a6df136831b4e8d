package vn.subsidyflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.subsidyflow.database.MapperSlice;
import vn.subsidyflow.database.Rows;

/**
 * V61's back-fill copies the user tasks of the engine's activity history into step_span, those of
 * each dossier's process and of its category's sub-process, so dossiers begun before it keep their
 * timelines. The engine's tables are stood in for by temporary ones holding only this test's rows,
 * and the statements write to a copy of step_span.
 */
@SpringBootTest(classes = MapperSlice.class)
@Transactional
class StepSpanBackfillIntegrationTests {

    private static final Instant NINE = Instant.parse("1972-05-02T02:00:00Z");

    @Autowired
    Rows rows;

    @Test
    void shouldCopyTheUserTasksOfEachDossiersProcessAndSubProcess() throws IOException {
        JdbcTemplate jdbc = rows.jdbc();
        jdbc.execute("CREATE TEMPORARY TABLE ACT_HI_PROCINST (PROC_INST_ID_ VARCHAR(64), SUPER_PROCESS_INSTANCE_ID_ VARCHAR(64))");
        jdbc.execute("CREATE TEMPORARY TABLE ACT_HI_ACTINST (TASK_ID_ VARCHAR(64), PROC_INST_ID_ VARCHAR(64), ACT_ID_ VARCHAR(255),"
                + " ACT_TYPE_ VARCHAR(255), START_TIME_ DATETIME(3), END_TIME_ DATETIME(3), ASSIGNEE_ VARCHAR(255))");
        jdbc.execute("CREATE TEMPORARY TABLE step_span_backfilled LIKE step_span");

        long id = rows.application(rows.organisation("Công ty lịch sử bước"), "AWAITING_COMPLETION", null, null, null, 0);
        String process = "bf-" + UUID.randomUUID();
        String sub = "bf-" + UUID.randomUUID();
        jdbc.update("UPDATE application SET process_instance_id = ? WHERE id = ?", process, id);
        jdbc.update("INSERT INTO ACT_HI_PROCINST VALUES (?, NULL), (?, ?), (?, NULL)", process, sub, process, "bf-unknown");
        activity(jdbc, "t-intake", process, "intake", "userTask", NINE, NINE.plusSeconds(3_600), "intake1");
        activity(jdbc, null, process, "intakeOutcome", "exclusiveGateway", NINE.plusSeconds(3_600), NINE.plusSeconds(3_600), null);
        activity(jdbc, "t-decision", process, "decision", "userTask", NINE.plusSeconds(7_200), NINE.plusSeconds(9_000), null);
        activity(jdbc, "t-evidence", sub, "completionEvidence", "userTask", NINE.plusSeconds(9_000), null, null);
        activity(jdbc, "t-stranger", "bf-unknown", "intake", "userTask", NINE, null, null);

        for (String statement : backfill()) {
            jdbc.execute(statement.replace("INSERT INTO step_span ", "INSERT INTO step_span_backfilled "));
        }

        List<String> copied = jdbc.query("SELECT * FROM step_span_backfilled ORDER BY opened_at", (rs, n) -> rs.getString("task_id")
                + " " + rs.getLong("application_id") + " " + rs.getString("step_key") + " " + rs.getTimestamp("opened_at").toInstant()
                + " " + (rs.getTimestamp("done_at") == null ? null : rs.getTimestamp("done_at").toInstant()) + " " + rs.getString("done_by"));
        assertThat(copied).containsExactly(
                "t-intake " + id + " intake " + NINE + " " + NINE.plusSeconds(3_600) + " intake1",
                "t-decision " + id + " decision " + NINE.plusSeconds(7_200) + " " + NINE.plusSeconds(9_000) + " null",
                "t-evidence " + id + " completionEvidence " + NINE.plusSeconds(9_000) + " null null");
    }

    private static void activity(JdbcTemplate jdbc, String taskId, String process, String activityId, String type, Instant start,
                                 Instant end, String assignee) {
        jdbc.update("INSERT INTO ACT_HI_ACTINST VALUES (?, ?, ?, ?, ?, ?, ?)", taskId, process, activityId, type,
                Timestamp.from(start), end == null ? null : Timestamp.from(end), assignee);
    }

    /** V61's statements from its "-- Back-fill" comment on, without their comments. */
    private static List<String> backfill() throws IOException {
        String script;
        try (InputStream in = StepSpanBackfillIntegrationTests.class.getResourceAsStream("/db/migration/V61__step_span.sql")) {
            assertThat(in).as("V61 on the class path").isNotNull();
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder code = new StringBuilder();
        for (String line : script.substring(script.indexOf("-- Back-fill")).split("\n")) {
            if (!line.strip().startsWith("--")) {
                code.append(line).append('\n');
            }
        }
        List<String> statements = new ArrayList<>();
        for (String statement : code.toString().split(";")) {
            if (!statement.isBlank()) {
                statements.add(statement.strip());
            }
        }
        return statements;
    }
}

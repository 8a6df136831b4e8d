package vn.subsidyflow.web.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.Scenario;

/**
 * How many statements one dossier lifecycle sends to the database, walked as the benchmark walks it
 * (15 calls, every command with {@code Prefer: return=minimal}), counted from the server's own log.
 * Background workers may add statements of their own to the log, so only statements that name this
 * dossier are counted against a bound: they are the commands' own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class LifecycleStatementsIntegrationTests {

    /** The organisation reads measured on this walk; a change that reads it more has to say why here. */
    private static final int ORGANISATION_READS = 3;

    private static final Map<String, String> MINIMAL = Map.of("Prefer", "return=minimal");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Scenario scenario;

    @BeforeEach
    void setUp() {
        scenario = Scenario.create(port, 200_000_000L, 100_000_000L, 100_000_000L);
    }

    @AfterEach
    void logOff() {
        jdbc.execute("SET GLOBAL general_log = 0");
    }

    @Test
    void shouldReadTheDossierRowOncePerCommand() throws IOException {
        Api applicant = scenario.newApplicant();
        Api intake = scenario.as("intake");
        Api reviewer = scenario.as("reviewer");
        Api approver = scenario.as("approver");
        Api finance = scenario.as("finance");
        // Signed in before counting: the sign-in is not part of a lifecycle's cost.
        intake.get("/api/v1/tasks?limit=1");
        reviewer.get("/api/v1/tasks?limit=1");
        approver.get("/api/v1/tasks?limit=1");
        finance.get("/api/v1/tasks?limit=1");
        startLog();

        Api.Response created = applicant.post("/api/v1/applications",
                Map.of("supportItemCode", scenario.iso, "title", "Counted", "eligibleCostVnd", 100_000_000L), MINIMAL);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.number("id");
        scenario.upload(applicant, id, "APPLICATION_FORM", "BUSINESS_REGISTRATION", "CONTRACT", "INVOICE", "CERTIFICATE");
        assertThat(applicant.post("/api/v1/applications/" + id + "/submit", null, MINIMAL).status()).isEqualTo(200);
        complete(intake, id, "intake", Map.of("outcome", "ACCEPT"), MINIMAL);
        complete(reviewer, id, "appraisal", Map.of("outcome", "RECOMMEND_APPROVAL", "amountVnd", 40_000_000L), MINIMAL);
        complete(approver, id, "decision", Map.of("outcome", "APPROVE", "decisionNumber", id + "/QĐ-SKHCN"), MINIMAL);
        complete(finance, id, "payment", Map.of("outcome", "PAY", "paymentReference", "KB-" + id),
                Map.of("Prefer", "return=minimal", "Idempotency-Key", "count-" + id));

        List<String> statements = stopLog();
        long organisation = jdbc.queryForObject("SELECT organisation_id FROM application WHERE id = ?", Long.class, id);
        Map<String, Long> shapes = census(statements);
        // Printed, not bounded: background workers may add statements of their own to the total.
        System.out.println("Statements in one lifecycle: " + statements.size());
        int dossierRows = count(statements, "FROM application WHERE id = " + id + "(\\s|$)");
        int locks = count(statements, "SELECT id FROM application WHERE id = " + id + " FOR UPDATE");
        int fullViews = count(statements, "FROM audit_event WHERE application_id = " + id + "\\b");
        int documentLists = count(statements, "FROM application_document WHERE application_id = " + id + " ORDER BY id");
        int organisationRows = count(statements, "enterprise_size FROM organisation WHERE id = " + organisation + "(\\s|$)");
        int processingTimes = count(statements, "FROM processing_time WHERE policy_version_id = ");
        int supportItems = count(statements, "FROM support_item si JOIN policy_version pv ON pv.id = si.policy_version_id WHERE");

        // 6 commands read the whole row once each; the 5 uploads read it with their lock.
        assertThat(dossierRows).as(report(shapes)).isLessThanOrEqualTo(11);
        assertThat(locks).as(report(shapes)).isZero();
        // With a minimal answer nobody assembles the whole view (history, documents).
        assertThat(fullViews).as(report(shapes)).isZero();
        assertThat(documentLists).as(report(shapes)).isZero();
        // The organisation is read once per command that needs it (submission, notices, papers), not
        // once per use; a published version's processing time at most once per node.
        assertThat(organisationRows).as(report(shapes)).isLessThanOrEqualTo(ORGANISATION_READS);
        assertThat(processingTimes).as(report(shapes)).isLessThanOrEqualTo(1);
        // The item in force is looked up at filing and again at submission (its version may have
        // closed in between); the first step finds it kept by id.
        assertThat(supportItems).as(report(shapes)).isLessThanOrEqualTo(2);
    }

    private void complete(Api staff, long id, String key, Map<String, Object> body, Map<String, String> headers) {
        Api.Response done = staff.post("/api/v1/tasks/" + scenario.taskId(staff, id, key) + "/complete", body, headers);
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
    }

    private void startLog() {
        jdbc.execute("SET GLOBAL general_log = 0");
        jdbc.execute("SET GLOBAL log_output = 'TABLE'");
        jdbc.execute("TRUNCATE TABLE mysql.general_log");
        jdbc.execute("SET GLOBAL general_log = 1");
    }

    private List<String> stopLog() {
        jdbc.execute("SET GLOBAL general_log = 0");
        List<String> statements = new ArrayList<>(jdbc.queryForList(
                "SELECT CONVERT(argument USING utf8mb4) FROM mysql.general_log WHERE command_type IN ('Query', 'Execute')",
                String.class));
        jdbc.execute("TRUNCATE TABLE mysql.general_log");
        return statements;
    }

    private static int count(List<String> statements, String regex) {
        Pattern pattern = Pattern.compile(regex);
        return (int) statements.stream().map(s -> s.replaceAll("\\s+", " ")).filter(s -> pattern.matcher(s).find()).count();
    }

    /** Each statement's shape with how often it ran, written beside the test reports for whoever trims further. */
    private static Map<String, Long> census(List<String> statements) throws IOException {
        Map<String, Long> shapes = new HashMap<>();
        statements.forEach(s -> shapes.merge(shape(s), 1L, Long::sum));
        Path file = Path.of("target", "census-lifecycle.txt");
        List<String> lines = new ArrayList<>();
        lines.add(statements.size() + "  statements in all");
        shapes.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> lines.add(String.format("%5d  %s", e.getValue(), e.getKey())));
        Files.createDirectories(file.getParent());
        Files.write(file, lines);
        return shapes;
    }

    private static String report(Map<String, Long> shapes) {
        return "census in web/target/census-lifecycle.txt (" + shapes.values().stream().mapToLong(Long::longValue).sum() + " statements)";
    }

    private static String shape(String statement) {
        String shape = statement.replaceAll("'[^']*'", "?").replaceAll("\\b\\d+\\b", "?").replaceAll("\\s+", " ").trim();
        return shape.length() > 200 ? shape.substring(0, 200) : shape;
    }
}

package vn.subsidyflow.web.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import vn.subsidyflow.web.support.Api;

/**
 * The history import over real HTTP on the real database: what a file brings is what its rows say,
 * a file with errors writes nothing, the same file twice imports once, and the ledger and the period
 * report agree with the imported dossiers. Each test has its own policy version (closed, 2011–2019,
 * so no other test decides in its years) and its own businesses and decision numbers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class HistoryImportIntegrationTests {

    private static final String PATH = "/api/v1/imports/history";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private String policy;
    private String prefix;
    private long taxBase;

    @BeforeEach
    void ownPolicyVersion() {
        policy = "HIST-" + UUID.randomUUID().toString().substring(0, 8);
        prefix = "H" + UUID.randomUUID().toString().substring(0, 8) + "-";
        taxBase = 10_000_000L + ThreadLocalRandom.current().nextLong(80_000_000L);
        jdbc.update("INSERT INTO policy_version (code, title, citation, effective_from, effective_to, status, total_vnd, example)"
                + " VALUES (?, 'Chính sách cũ (thử)', 'NQ thử', '2011-01-01', '2019-12-31', 'CLOSED', 1000000000000000, TRUE)", policy);
        long version = jdbc.queryForObject("SELECT id FROM policy_version WHERE code = ?", Long.class, policy);
        for (String[] item : new String[][] {{"ISO_9001", "MANAGEMENT_SYSTEM"}, {"PATENT", "INTELLECTUAL_PROPERTY"}}) {
            jdbc.update("INSERT INTO support_item (policy_version_id, code, category, name_vi, name_en, rate_pct, cap_vnd, cap_unit,"
                    + " frequency_limit, required_documents, completion_documents, legal_citation, example)"
                    + " VALUES (?, ?, ?, ?, ?, 50, 50000000, 'PER_APPLICATION', 0, 'APPLICATION_FORM', 'CERTIFICATE', 'NQ thử', TRUE)",
                    version, item[0], item[1], item[0], item[0]);
        }
    }

    @Test
    void aFileOfFiveThousandRowsImportsEveryDossierAndTheLedgerAndReportAgree() {
        List<HistoryFiles.Row> rows = rows(5_000, 1_200);
        JsonNode summaryBefore = admin().get("/api/v1/reports/period?fromYear=2011&toYear=2019").body();
        Api.Response answer = admin().upload(PATH, "HISTORY", "history-5000.csv", "text/csv", HistoryFiles.csv(rows, "Synthetic"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        JsonNode body = answer.body();
        long id = body.path("id").asLong();
        assertThat(answer.header("Location")).isEqualTo(PATH + "/" + id);
        assertThat(body.path("rows").asInt()).isEqualTo(5_000);
        assertThat(body.path("dossiers").asInt()).isEqualTo(5_000);
        assertThat(body.path("organisations").asInt()).isEqualTo(rows.stream().map(HistoryFiles.Row::taxCode).distinct().count());
        assertThat(body.path("organisationsCreated").asInt()).isEqualTo(body.path("organisations").asInt());
        assertThat(body.path("approvedVnd").asLong()).isEqualTo(rows.stream().mapToLong(HistoryFiles.Row::approvedVnd).sum());
        assertThat(body.path("paidVnd").asLong()).isEqualTo(rows.stream().mapToLong(HistoryFiles.Row::paidVnd).sum());
        assertThat(body.path("sha256").asString()).hasSize(64);

        // The dossiers: closed, of the named version, in the year of their decision, without a process.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM application a JOIN policy_version v ON v.id = a.policy_version_id"
                + " WHERE a.history_import_id = ? AND v.code = ? AND a.status = 'PAID' AND a.process_instance_id IS NULL"
                + " AND a.fiscal_year = YEAR(a.decision_date)", Long.class, id, policy)).isEqualTo(5_000);
        // The ledger: every line still equals its entries.
        JsonNode reconciliation = admin().get("/api/v1/budget/reconciliation").body();
        assertThat(reconciliation.path("consistent").asBoolean()).as(reconciliation.toString()).isTrue();
        assertThat(jdbc.queryForObject("SELECT SUM(CASE entry_type WHEN 'DISBURSE' THEN amount_vnd ELSE 0 END) FROM ledger_entry"
                + " WHERE history_import_id = ?", Long.class, id)).isEqualTo(body.path("paidVnd").asLong());
        // The period report: the summary moved by the file's dossiers and equals the exact count.
        JsonNode summary = admin().get("/api/v1/reports/period?fromYear=2011&toYear=2019").body();
        assertThat(summary.path("dossiers").asLong() - summaryBefore.path("dossiers").asLong()).isEqualTo(5_000);
        assertThat(summary.path("paidVnd").asLong() - summaryBefore.path("paidVnd").asLong()).isEqualTo(body.path("paidVnd").asLong());
        JsonNode exact = admin().get("/api/v1/reports/period?from=2011-01-02&to=2019-12-31").body();
        assertThat(exact.path("rows")).isEqualTo(summary.path("rows"));
        // One audit event for the import, naming the file, and one per dossier.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'HISTORY_IMPORT' AND detail LIKE ?",
                Long.class, "%history-5000.csv%" + body.path("sha256").asString() + "%")).isEqualTo(1);

        // A dossier without a process reads like any other, in the API and on the staff page.
        long dossier = jdbc.queryForObject("SELECT MIN(id) FROM application WHERE history_import_id = ?", Long.class, id);
        Api.Response read = admin().get("/api/v1/applications/" + dossier);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.text("status")).isEqualTo("PAID");
        assertThat(admin().get("/api/v1/imports/history/" + id).body()).isEqualTo(body);
        vn.subsidyflow.web.support.RealHttp browser = vn.subsidyflow.web.support.RealHttp.signedIn(port, "admin", "demo");
        var page = browser.get("/admin/imports/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("history-5000.csv", body.path("sha256").asString());
        var staffPage = browser.get("/cases/" + dossier);
        assertThat(staffPage.statusCode()).as("a dossier without a process on the staff page").isEqualTo(200);

        // The same file again: the earlier import, nothing new.
        String counts = counts();
        Api.Response again = admin().upload(PATH, "HISTORY", "again.csv", "text/csv", HistoryFiles.csv(rows, "Synthetic"));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(body);
        assertThat(counts()).isEqualTo(counts);
    }

    @Test
    void theSyntheticExampleReadsTheReportsFiguresForTwentyTwentyToTwentyTwentyFive() throws java.io.IOException {
        byte[] example = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("..", ExampleHistory.FILE));
        JsonNode before = admin().get("/api/v1/reports/period?fromYear=2020&toYear=2025").body();

        Api.Response answer = admin().upload(PATH, "HISTORY", "history-2021-2025.csv", "text/csv", example);

        assertThat(answer.status()).as(answer.toString()).isIn(200, 201);
        assertThat(answer.number("organisations")).isEqualTo(198);
        assertThat(answer.number("approvedVnd")).isEqualTo(14_161_000_000L);
        assertThat(answer.number("paidVnd")).isEqualTo(14_161_000_000L);
        JsonNode after = admin().get("/api/v1/reports/period?fromYear=2020&toYear=2025").body();
        if (answer.status() == 201) {
            // Each example business is supported in one fiscal year and category: its rows add up to 198.
            assertThat(after.path("paidVnd").asLong() - before.path("paidVnd").asLong()).isEqualTo(14_161_000_000L);
            assertThat(after.path("approvedVnd").asLong() - before.path("approvedVnd").asLong()).isEqualTo(14_161_000_000L);
            assertThat(businesses(after) - businesses(before)).isEqualTo(198);
        }
        assertThat(admin().get("/api/v1/budget/reconciliation").body().path("consistent").asBoolean()).isTrue();
    }

    private static long businesses(JsonNode report) {
        long sum = 0;
        for (JsonNode row : report.path("rows")) {
            sum += row.path("businesses").asLong();
        }
        return sum;
    }

    @Test
    void aFileWithErrorsListsEveryOneWithItsRowAndColumnAndWritesNothing() {
        List<HistoryFiles.Row> rows = new ArrayList<>(rows(20, 10));
        HistoryFiles.Row good = rows.get(3);
        rows.set(3, new HistoryFiles.Row("0100233489", good.organisationName(), "COMPANY", good.supportItemCode(), policy,
                good.filedOn(), good.decisionNumber(), good.decidedOn(), good.approvedVnd(), good.approvedVnd() + 1, good.paidOn()));
        HistoryFiles.Row other = rows.get(10);
        rows.set(10, new HistoryFiles.Row(other.taxCode(), other.organisationName(), other.organisationType(), "NO_SUCH_ITEM",
                policy, other.filedOn(), rows.get(0).decisionNumber(), other.decidedOn(), other.approvedVnd(), other.paidVnd(),
                other.decidedOn().minusDays(1)));
        String counts = counts();

        Api.Response refused = admin().upload(PATH, "HISTORY", "bad.csv", "text/csv", HistoryFiles.csv(rows, "Synthetic"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.code()).isEqualTo("IMPORT_REFUSED");
        List<org.assertj.core.groups.Tuple> errors = new ArrayList<>();
        refused.body().path("errors").forEach(e -> errors.add(tuple(e.path("row").asInt(), e.path("column").asString(),
                e.path("code").asString())));
        // Line 1 is the comment, 2 the header: data row i is on line i + 3.
        assertThat(errors).containsExactlyInAnyOrder(
                tuple(6, "taxCode", "INVALID_TAX_CODE"),
                tuple(6, "organisationType", "INVALID_ORGANISATION_TYPE"),
                tuple(6, "paidVnd", "PAID_ABOVE_APPROVED"),
                tuple(13, "supportItemCode", "UNKNOWN_SUPPORT_ITEM"),
                tuple(13, "paidOn", "DATES_OUT_OF_ORDER"),
                tuple(13, "decisionNumber", "DUPLICATE_DECISION_NUMBER"));
        assertThat(counts()).isEqualTo(counts);
    }

    @Test
    void anXlsxWorkbookImportsLikeTheCsvFileAndRowsImportedBeforeAreLeftOut() {
        List<HistoryFiles.Row> first = rows(300, 120);
        Api.Response answer = admin().upload(PATH, "HISTORY", "history.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", HistoryFiles.xlsx(first));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.number("dossiers")).isEqualTo(300);
        assertThat(answer.number("approvedVnd")).isEqualTo(first.stream().mapToLong(HistoryFiles.Row::approvedVnd).sum());
        assertThat(answer.number("paidVnd")).isEqualTo(first.stream().mapToLong(HistoryFiles.Row::paidVnd).sum());

        // Another file (another checksum) that repeats those rows and adds ten: only the ten are new.
        List<HistoryFiles.Row> more = new ArrayList<>(first);
        prefix = prefix + "more-";
        more.addAll(rows(10, 5));
        Api.Response second = admin().upload(PATH, "HISTORY", "more.csv", "text/csv", HistoryFiles.csv(more));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(second.number("rows")).isEqualTo(310);
        assertThat(second.number("dossiers")).isEqualTo(10);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM application a JOIN policy_version v ON v.id = a.policy_version_id"
                + " WHERE v.code = ?", Long.class, policy)).isEqualTo(310);
        assertThat(admin().get("/api/v1/budget/reconciliation").body().path("consistent").asBoolean()).isTrue();
    }

    @Test
    void onlyAnAdministratorImportsAndAFileOverTheLimitIsA413() {
        byte[] csv = HistoryFiles.csv(rows(3, 3));
        Api.Response finance = Api.as(port, "finance", "demo").upload(PATH, "HISTORY", "h.csv", "text/csv", csv);
        assertThat(finance.status()).isEqualTo(403);
        assertThat(admin().get(PATH + "/999999999").code()).isEqualTo("HISTORY_IMPORT_NOT_FOUND");

        byte[] huge = new byte[33 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'x');
        Api.Response tooLarge = admin().upload(PATH, "HISTORY", "huge.csv", "text/csv", huge);
        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
        assertThat(tooLarge.header("Content-Type")).startsWith("application/problem+json");
        assertThat(tooLarge.code()).isEqualTo("DOCUMENT_TOO_LARGE");

        Api.Response empty = admin().upload(PATH, "HISTORY", "empty.csv", "text/csv", new byte[0]);
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.code()).isEqualTo("IMPORT_REFUSED");
        Api.Response notAFile = admin().upload(PATH, "HISTORY", "x.pdf", "application/pdf",
                "%PDF-1.4 not a history".getBytes(StandardCharsets.UTF_8));
        assertThat(notAFile.status()).isEqualTo(422);
        List<String> codes = new ArrayList<>();
        notAFile.body().path("errors").forEach(e -> codes.add(e.path("code").asString()));
        assertThat(codes).contains("UNKNOWN_COLUMN", "MISSING_COLUMN");
    }

    private List<HistoryFiles.Row> rows(int count, int businesses) {
        return HistoryFiles.generate(count, count, businesses, taxBase, prefix, policy, List.of("ISO_9001", "PATENT"), 2011, 2019);
    }

    private Api admin() {
        return Api.as(port, "admin", "demo");
    }

    /** What an import writes, summed up: a refused or repeated file must leave it as it was. */
    private String counts() {
        return jdbc.queryForObject("SELECT CONCAT_WS('|', (SELECT COUNT(*) FROM application), (SELECT COUNT(*) FROM organisation),"
                + " (SELECT COUNT(*) FROM ledger_entry), (SELECT COUNT(*) FROM budget_line), (SELECT COUNT(*) FROM history_import),"
                + " (SELECT COUNT(*) FROM audit_event), (SELECT COALESCE(SUM(dossiers), 0) FROM report_tally))", String.class);
    }
}

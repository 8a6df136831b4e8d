package vn.subsidyflow.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import vn.subsidyflow.web.report.ReportHistory.Dossier;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.RealHttp;

/**
 * The what-if on a draft that doubles the newer version's caps and drops RPT_TM: every supported
 * dossier of the two years is recomputed here, independently (min(rate × cost, 2 × cap), rounded down
 * to 1 000 đ; RPT_TM's dossiers do not qualify), and nothing in the database changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class WhatIfIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldRecomputeThePeriodUnderADraftWithDoubledCapsAndWriteNothing() {
        ReportHistory history = ReportHistory.insert(jdbc);
        int y = history.year;
        String code = "RPT-DRAFT-" + y + "-" + System.nanoTime();
        jdbc.update("INSERT INTO policy_version (code, title, citation, effective_from, status, total_vnd, example) "
                + "VALUES (?, 'Dự thảo báo cáo', 'Báo cáo thử', '2099-01-01', 'DRAFT', 0, TRUE)", code);
        long draft = jdbc.queryForObject("SELECT id FROM policy_version WHERE code = ?", Long.class, code);
        jdbc.update("INSERT INTO support_item (policy_version_id, code, category, name_vi, name_en, rate_pct, cap_vnd, cap_unit, "
                + "frequency_limit, required_documents, completion_documents, legal_citation, example) "
                + "SELECT ?, code, category, name_vi, name_en, rate_pct, cap_vnd * 2, cap_unit, frequency_limit, required_documents, "
                + "completion_documents, legal_citation, TRUE FROM support_item WHERE policy_version_id = ?", draft,
                history.newerVersion);
        Map<String, long[]> rates = new TreeMap<>();
        jdbc.query("SELECT code, rate_pct, cap_vnd FROM support_item WHERE policy_version_id = ?",
                rs -> { rates.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)}); }, draft);
        assertThat(rates).containsOnlyKeys("RPT_ISO", "RPT_TCVN");

        List<Dossier> supported = history.dossiers.stream().filter(Dossier::supported).toList();
        Map<String, long[]> expected = new TreeMap<>(); // code → dossiers, approved, qualified, cost
        for (Dossier d : supported) {
            long[] e = expected.computeIfAbsent(d.itemCode(), k -> new long[4]);
            e[0]++;
            e[1] += d.approvedVnd();
            long[] rate = rates.get(d.itemCode());
            if (rate != null) {
                long capped = Math.min(d.eligibleCostVnd() * rate[0] / 100, rate[1]);
                e[2]++;
                e[3] += capped - capped % 1000;
            }
        }
        List<Map<String, Object>> before = snapshot(history);
        Api finance = Api.as(port, "finance", "demo");

        Api.Response response = finance.get("/api/v1/reports/what-if?policyVersionId=" + draft + "&from=" + y + "-01-01&to="
                + (y + 1) + "-12-31");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode body = response.body();
        assertThat(body.path("bySupportItem").size()).isEqualTo(expected.size());
        for (JsonNode row : body.path("bySupportItem")) {
            long[] e = expected.get(row.path("key").asString());
            assertThat(new long[] {row.path("dossiers").asLong(), row.path("approvedVnd").asLong(), row.path("qualified").asLong(),
                    row.path("draftCostVnd").asLong()}).as(row.toString()).containsExactly(e);
            assertThat(row.path("inDraft").asBoolean()).isEqualTo(!row.path("key").asString().equals("RPT_TM"));
        }
        long cost = expected.values().stream().mapToLong(e -> e[3]).sum();
        long approved = expected.values().stream().mapToLong(e -> e[1]).sum();
        assertThat(body.path("draftCostVnd").asLong()).isEqualTo(cost);
        assertThat(body.path("differenceVnd").asLong()).isEqualTo(cost - approved);
        assertThat(body.path("byCategory").toString()).contains("MANAGEMENT_SYSTEM");
        assertThat(snapshot(history)).as("nothing written").isEqualTo(before);

        assertThat(finance.get("/api/v1/reports/what-if?policyVersionId=" + history.newerVersion + "&from=" + y
                + "-01-01&to=" + y + "-12-31").code()).isEqualTo("POLICY_VERSION_NOT_DRAFT");
        assertThat(finance.get("/api/v1/reports/what-if?policyVersionId=999999999&from=" + y + "-01-01&to=" + y + "-12-31")
                .code()).isEqualTo("POLICY_VERSION_NOT_FOUND");

        RealHttp browser = RealHttp.signedIn(port, "approver", "demo");
        var page = browser.get("/reports/what-if?policyVersionId=" + draft + "&from=" + y + "-01-01&to=" + (y + 1) + "-12-31");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Theo dự thảo " + code).contains("không có trong dự thảo");
    }

    private List<Map<String, Object>> snapshot(ReportHistory history) {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        rows.addAll(jdbc.queryForList("SELECT * FROM application WHERE decision_date BETWEEN ? AND ? ORDER BY id",
                java.time.LocalDate.of(history.year, 1, 1), java.time.LocalDate.of(history.year + 1, 12, 31)));
        rows.addAll(jdbc.queryForList("SELECT * FROM support_item ORDER BY id"));
        rows.addAll(jdbc.queryForList("SELECT * FROM policy_version ORDER BY id"));
        rows.addAll(jdbc.queryForList("SELECT * FROM report_tally WHERE decision_month BETWEEN ? AND ? "
                + "ORDER BY decision_month, grouped_by, category, group_key, previous_month", history.year * 100 + 1,
                (history.year + 1) * 100 + 12));
        rows.addAll(jdbc.queryForList("SELECT l.* FROM ledger_entry l JOIN application a ON a.id = l.application_id "
                + "WHERE a.decision_date BETWEEN ? AND ? ORDER BY l.id", java.time.LocalDate.of(history.year, 1, 1),
                java.time.LocalDate.of(history.year + 1, 12, 31)));
        return rows;
    }
}

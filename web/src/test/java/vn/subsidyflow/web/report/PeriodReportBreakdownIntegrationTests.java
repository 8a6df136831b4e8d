package vn.subsidyflow.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import vn.subsidyflow.budget.BudgetLedger;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.web.report.ReportHistory.Dossier;
import vn.subsidyflow.web.support.Api;

/**
 * The period report over a generated history equals a count made here from the dossiers themselves:
 * distinct businesses over the whole period (a business supported in both years counts once), per
 * year and category, per item and per version, đồng approved and paid, and the ledger cross-check —
 * for whole years (the summary) and for dates (the dossiers), with and without filters.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class PeriodReportBreakdownIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BudgetLedger budgetLedger;
    @Autowired
    PlatformTransactionManager transactionManager;

    /** One history for the tests that only read it; a test that changes the ledger makes its own. */
    static ReportHistory shared;
    ReportHistory history;
    Api auditor;

    @BeforeEach
    void history() {
        if (shared == null) {
            shared = ReportHistory.insert(jdbc);
        }
        history = shared;
        auditor = Api.as(port, "auditor", "demo");
    }

    @Test
    void shouldEqualAnIndependentCountOverWholeYearsAndDates() {
        int y = history.year;
        List<Dossier> supported = history.dossiers.stream().filter(Dossier::supported).toList();
        assertThat(supported.stream().map(d -> d.business().id()).distinct().count())
                .as("the history has businesses supported in both years, or the test proves nothing")
                .isLessThan(supported.stream().map(d -> d.decidedOn().getYear() + ":" + d.business().id()).distinct().count());

        for (String period : List.of("fromYear=" + y + "&toYear=" + (y + 1), "from=" + y + "-01-01&to=" + (y + 1) + "-12-31",
                "from=" + y + "-01-01&to=" + (y + 1) + "-12-30")) {
            Predicate<Dossier> inPeriod = period.endsWith("12-30")
                    ? d -> !d.decidedOn().equals(java.time.LocalDate.of(y + 1, 12, 31)) : d -> true;
            List<Dossier> expected = supported.stream().filter(inPeriod).toList();
            Api.Response response = auditor.get("/api/v1/reports/period?" + period);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            JsonNode report = response.body();
            assertFigures(report, expected, period);
            assertThat(report.path("rows").size()).isEqualTo(groups(expected, d -> d.fiscalYear() + ":" + d.category()).size());
            for (JsonNode row : report.path("rows")) {
                List<Dossier> group = expected.stream().filter(d -> d.fiscalYear() == row.path("fiscalYear").asInt()
                        && d.category().equals(row.path("category").asString())).toList();
                assertFigures(row, group, period + " " + row);
            }
            assertBreakdown(report.path("byCategory"), groups(expected, Dossier::category), period);
            assertBreakdown(report.path("bySupportItem"), groups(expected, Dossier::itemCode), period);
            Map<String, List<Dossier>> byVersion = groups(expected, d -> d.versionId() == history.olderVersion ? "old" : "new");
            assertThat(report.path("byPolicyVersion").size()).isEqualTo(byVersion.size());
            for (JsonNode row : report.path("byPolicyVersion")) {
                assertFigures(row, expected.stream().filter(d -> d.versionId() == row.path("id").asLong()).toList(), period);
            }
            JsonNode ledger = report.path("ledger");
            long paid = expected.stream().mapToLong(Dossier::paidVnd).sum();
            assertThat(ledger.path("disbursedVnd").asLong()).isEqualTo(paid);
            assertThat(ledger.path("matches").asBoolean()).isTrue();
        }
        JsonNode items = auditor.get("/api/v1/reports/period?fromYear=" + y + "&toYear=" + (y + 1)).body().path("bySupportItem");
        assertThat(items.toString()).contains("Áp dụng hệ thống quản lý ISO").contains("Adopting an ISO management system");
    }

    @Test
    void shouldNarrowToACategoryAnItemAndAVersion() {
        int y = history.year;
        List<Dossier> supported = history.dossiers.stream().filter(Dossier::supported).toList();
        String years = "/api/v1/reports/period?fromYear=" + y + "&toYear=" + (y + 1);

        assertFigures(auditor.get(years + "&category=MANAGEMENT_SYSTEM").body(),
                supported.stream().filter(d -> d.category().equals("MANAGEMENT_SYSTEM")).toList(), "category");
        assertFigures(auditor.get(years + "&supportItem=RPT_ISO").body(),
                supported.stream().filter(d -> d.itemCode().equals("RPT_ISO")).toList(), "item");
        JsonNode isoOfNewer = auditor.get(years + "&supportItem=RPT_ISO&policyVersion=" + history.newerVersion).body();
        assertFigures(isoOfNewer, supported.stream().filter(d -> d.itemCode().equals("RPT_ISO")
                && d.versionId() == history.newerVersion).toList(), "item and version");
        assertThat(isoOfNewer.path("supportItem").asString()).isEqualTo("RPT_ISO");
        assertThat(auditor.get(years + "&category=NONSENSE").code()).isEqualTo("INVALID_PARAMETER");
    }

    @Test
    void shouldShowTheLedgersClawbacksBesideThePaidFigure() {
        history = ReportHistory.insert(jdbc);
        int y = history.year;
        JsonNode ledger = auditor.get("/api/v1/reports/period?fromYear=" + y + "&toYear=" + (y + 1)).body().path("ledger");
        long paid = history.dossiers.stream().mapToLong(Dossier::paidVnd).sum();
        assertThat(ledger.path("reportPaidVnd").asLong()).isEqualTo(paid);
        assertThat(ledger.path("clawedBackVnd").asLong()).isEqualTo(history.clawedBackVnd);
        assertThat(ledger.path("netPaidVnd").asLong()).isEqualTo(paid - history.clawedBackVnd);
        // A DISBURSE that no dossier's paid amount shows is a mismatch the report names.
        long dossier = history.dossiers.stream().filter(Dossier::supported).findFirst().orElseThrow().id();
        // Appended through the ledger itself (the line moves 7 đ from committed to disbursed), as the
        // report keeps the ledger's side of the check from the ledger's own appends.
        long line = jdbc.queryForObject("SELECT line_id FROM ledger_entry WHERE application_id = ? LIMIT 1", Long.class, dossier);
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> budgetLedger.disburse(
                new Actor("report-test", Set.of(), null, null), dossier, line, 7, null, "report-test:stray:" + dossier));
        JsonNode after = auditor.get("/api/v1/reports/period?fromYear=" + y + "&toYear=" + (y + 1)).body().path("ledger");
        assertThat(after.path("matches").asBoolean()).isFalse();
        assertThat(after.path("disbursedVnd").asLong()).isEqualTo(paid + 7);
    }

    private static Map<String, List<Dossier>> groups(List<Dossier> dossiers, Function<Dossier, String> key) {
        return dossiers.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
    }

    private static void assertBreakdown(JsonNode rows, Map<String, List<Dossier>> expected, String period) {
        assertThat(rows.size()).as(period).isEqualTo(expected.size());
        for (JsonNode row : rows) {
            assertFigures(row, expected.get(row.path("key").asString()), period + " " + row);
        }
    }

    private static void assertFigures(JsonNode node, List<Dossier> dossiers, String what) {
        Set<Long> businesses = new HashSet<>();
        dossiers.forEach(d -> businesses.add(d.business().id()));
        assertThat(node.path("businesses").asLong()).as(what + " businesses").isEqualTo(businesses.size());
        assertThat(node.path("dossiers").asLong()).as(what + " dossiers").isEqualTo(dossiers.size());
        assertThat(node.path("approvedVnd").asLong()).as(what + " approved")
                .isEqualTo(dossiers.stream().mapToLong(Dossier::approvedVnd).sum());
        assertThat(node.path("paidVnd").asLong()).as(what + " paid").isEqualTo(dossiers.stream().mapToLong(Dossier::paidVnd).sum());
    }
}

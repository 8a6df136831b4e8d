package vn.subsidyflow.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import vn.subsidyflow.report.PeriodReports;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.Scenario;

/**
 * The tally the whole-year report reads (V55, by month since V62, kept by SupportSummary on every
 * save) must always equal an exact count of the dossiers: walked here through approval, a second
 * dossier of the same business, payment, withdrawal, carry-over to next year and release at
 * fiscal-year end.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class ReportSummaryIntegrationTests {

    private static final int YEAR = Scenario.YEAR;

    @LocalServerPort
    int port;

    @Autowired
    PeriodReports reports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void shouldKeepTheTallyEqualToTheDossiersThroughEveryTransition() {
        Scenario scenario = Scenario.create(port, 500_000_000L, 500_000_000L, 0);
        Api finance = scenario.as("finance");
        Api.Response nextLine = finance.post("/api/v1/budget/lines", Map.of("fiscalYear", YEAR + 1, "category",
                "MANAGEMENT_SYSTEM", "allocatedVnd", 100_000_000L, "policyCode", scenario.tag, "reason", "Dự toán năm sau"));
        assertThat(nextLine.status()).as(nextLine.toString()).isEqualTo(201);
        JsonNode before = conformity(scenario.as("auditor").get(yearPath(YEAR, YEAR)).body());
        assertTallyEqualsApplications();

        Api business = scenario.newApplicant();
        long first = scenario.file(business, scenario.tcvn, 20_000_000L);
        scenario.approve(first, 10_000_000L);
        assertTallyEqualsApplications();

        long second = scenario.file(business, scenario.tcvn, 30_000_000L);
        scenario.approve(second, 15_000_000L);
        JsonNode twoDossiers = conformity(scenario.as("auditor").get(yearPath(YEAR, YEAR)).body());
        assertThat(twoDossiers.path("dossiers").asLong() - before.path("dossiers").asLong()).isEqualTo(2);
        assertThat(twoDossiers.path("businesses").asLong() - before.path("businesses").asLong()).isEqualTo(1);
        assertTallyEqualsApplications();

        scenario.completeOk(finance, first, "payment", Map.of("outcome", "PAY", "paymentReference", "KB-" + first));
        assertTallyEqualsApplications();

        Api.Response withdrawn = business.post("/api/v1/applications/" + second + "/withdraw", null);
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        JsonNode afterWithdrawal = conformity(scenario.as("auditor").get(yearPath(YEAR, YEAR)).body());
        assertThat(afterWithdrawal.path("dossiers").asLong() - before.path("dossiers").asLong()).isEqualTo(1);
        assertThat(afterWithdrawal.path("businesses").asLong() - before.path("businesses").asLong()).isEqualTo(1);
        assertThat(afterWithdrawal.path("paidVnd").asLong() - before.path("paidVnd").asLong()).isEqualTo(10_000_000L);
        assertTallyEqualsApplications();

        long carried = scenario.file(scenario.newApplicant(), scenario.iso, 40_000_000L);
        scenario.approve(carried, 20_000_000L);
        long released = scenario.file(scenario.newApplicant(), scenario.iso, 40_000_000L);
        scenario.approve(released, 20_000_000L);
        assertTallyEqualsApplications();

        Api.Response closed = finance.post("/api/v1/budget/year-end-closings", Map.of("policyCode", scenario.tag,
                "fiscalYear", YEAR, "releaseApplicationIds", List.of(released), "reason", "Khoá sổ cuối năm",
                "documentRef", "QT-" + YEAR));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.number("carriedOver")).isEqualTo(1);
        assertThat(finance.get("/api/v1/applications/" + released).text("status")).isEqualTo("LAPSED");
        // The carried dossier now counts in next year's budget, still under this year's decisions.
        assertThat(scenario.as("auditor").get(yearPath(YEAR, YEAR)).body().path("rows").toString())
                .contains("\"fiscalYear\":" + (YEAR + 1));
        assertTallyEqualsApplications();
    }

    @Test
    void shouldCountABusinessOnceWhenACarriedOverDecisionMeetsANewOneInTheSameFiscalYear() {
        Scenario scenario = Scenario.create(port, 0, 500_000_000L, 0);
        Api finance = scenario.as("finance");
        Api.Response lastYearLine = finance.post("/api/v1/budget/lines", Map.of("fiscalYear", YEAR - 1, "category",
                "CONFORMITY_CERTIFICATION", "allocatedVnd", 100_000_000L, "policyCode", scenario.tag, "reason", "Dự toán năm trước"));
        assertThat(lastYearLine.status()).as(lastYearLine.toString()).isEqualTo(201);
        Api business = scenario.newApplicant();
        long lastYear = scenario.file(business, scenario.tcvn, 20_000_000L);
        // Filed last year: a decision cannot predate its dossier's filing.
        jdbc.update("UPDATE application SET submitted_at = ? WHERE id = ?", (YEAR - 1) + "-12-01 02:00:00", lastYear);
        scenario.completeOk(scenario.as("intake"), lastYear, "intake", Map.of("outcome", "ACCEPT"));
        scenario.completeOk(scenario.as("reviewer"), lastYear, "appraisal", Map.of("outcome", "RECOMMEND_APPROVAL", "amountVnd", 10_000_000L));
        scenario.completeOk(scenario.as("approver"), lastYear, "decision", Map.of("outcome", "APPROVE",
                "decisionNumber", lastYear + "/QĐ-SKHCN", "decisionDate", (YEAR - 1) + "-12-30"));
        assertTallyEqualsApplications();

        Api.Response closed = finance.post("/api/v1/budget/year-end-closings", Map.of("policyCode", scenario.tag,
                "fiscalYear", YEAR - 1, "reason", "Khoá sổ cuối năm", "documentRef", "QT-" + (YEAR - 1)));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.number("carriedOver")).isEqualTo(1);
        long thisYear = scenario.file(business, scenario.tcvn, 30_000_000L);
        scenario.approve(thisYear, 15_000_000L);

        // Fiscal year YEAR now holds decisions of two years by one business: once over both years,
        // and for last year's decisions alone (the exact count of the few carried-over businesses).
        long organisationId = business.get("/api/v1/applications/" + thisYear).number("organisationId");
        assertThat(jdbc.queryForList("SELECT decision_month DIV 100 FROM report_tally_business WHERE organisation_id = ?"
                + " AND grouped_by = 'FISCAL' AND group_key = ? AND dossiers > 0 ORDER BY decision_month", Integer.class,
                organisationId, Integer.toString(YEAR))).containsExactly(YEAR - 1, YEAR);
        assertTallyEqualsApplications();
    }

    @Test
    void shouldAnswerWholeYearsAndDatesWithTheSameFigures() {
        Api auditor = Scenario.create(port, 0, 0, 0).as("auditor");
        Api.Response years = auditor.get(yearPath(YEAR - 1, YEAR));
        Api.Response dates = auditor.get("/api/v1/reports/period?from=" + (YEAR - 1) + "-01-01&to=" + YEAR + "-12-31");
        assertThat(years.status()).as(years.toString()).isEqualTo(200);
        assertThat(years.body()).isEqualTo(dates.body());
        assertThat(years.body().path("from").asString()).isEqualTo((YEAR - 1) + "-01-01");
    }

    @Test
    void shouldRefuseInvalidYears() {
        Api auditor = Scenario.create(port, 0, 0, 0).as("auditor");
        assertThat(auditor.get(yearPath(2025, 2021)).code()).isEqualTo("INVALID_YEARS");
        assertThat(auditor.get("/api/v1/reports/period?fromYear=2021").code()).isEqualTo("INVALID_YEARS");
        assertThat(auditor.get(yearPath(2000, 2030)).code()).isEqualTo("INVALID_YEARS");
        assertThat(auditor.get(yearPath(2021, 2025) + "&from=2021-01-01").code()).isEqualTo("INVALID_PERIOD");
        assertThat(auditor.get(yearPath(2021, 2025)).status()).isEqualTo(200);
    }

    /** In one read-only transaction: one snapshot, whatever background jobs of other tests are doing. */
    private void assertTallyEqualsApplications() {
        TransactionTemplate snapshot = new TransactionTemplate(transactionManager);
        snapshot.setReadOnly(true);
        snapshot.executeWithoutResult(status -> assertTallyEqualsApplicationsInSnapshot());
    }

    private void assertTallyEqualsApplicationsInSnapshot() {
        assertThat(jdbc.queryForList("SELECT organisation_id, grouped_by, category, group_key, decision_month, dossiers"
                + " FROM report_tally_business WHERE dossiers <> 0"))
                .containsExactlyInAnyOrderElementsOf(jdbc.queryForList(TallyRecount.BUSINESSES_FROM_DOSSIERS));
        assertThat(jdbc.queryForList("SELECT grouped_by, category, group_key, decision_month, previous_month, businesses"
                + " FROM report_tally WHERE previous_month >= 0 AND businesses <> 0"))
                .containsExactlyInAnyOrderElementsOf(jdbc.queryForList(TallyRecount.SPANS_FROM_BUSINESSES));
        for (int[] years : new int[][] {{YEAR, YEAR}, {YEAR - 1, YEAR - 1}, {YEAR - 1, YEAR}, {YEAR, YEAR + 1}, {YEAR + 1, YEAR + 1}}) {
            assertThat(reports.years(years[0], years[1]).rows()).as("%d–%d", years[0], years[1])
                    .isEqualTo(reports.exact(LocalDate.of(years[0], 1, 1), LocalDate.of(years[1], 12, 31)).rows());
        }
    }

    private static String yearPath(int fromYear, int toYear) {
        return "/api/v1/reports/period?fromYear=" + fromYear + "&toYear=" + toYear;
    }

    private static JsonNode conformity(JsonNode report) {
        for (JsonNode row : report.path("rows")) {
            if (row.path("category").asString().equals("CONFORMITY_CERTIFICATION") && row.path("fiscalYear").asInt() == YEAR) {
                return row;
            }
        }
        return tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    }
}

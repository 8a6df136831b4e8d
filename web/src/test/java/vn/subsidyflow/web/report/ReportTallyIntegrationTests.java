package vn.subsidyflow.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.report.PeriodReport;
import vn.subsidyflow.report.PeriodReports;
import vn.subsidyflow.report.ReportFilter;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.Scenario;

/**
 * The report over whole months (whole years among them) reads every figure (the rows per fiscal year
 * and category, businesses over the period, per category, per support item, per policy version, the
 * ledger check) from the tally (V55, by month since V62) kept by SupportSummary, and a period cut
 * mid-month adds the days at its edges from the dossiers: it must equal the exact count from the
 * dossiers and the ledger, for one business supported under two items, two policy versions and two
 * years, with a commitment carried over into the next fiscal year (its FISCAL group moves), a
 * payment, a clawback, a dossier leaving support, and reports that end before the business's later
 * decisions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class ReportTallyIntegrationTests {

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
    void shouldKeepEveryWholeYearFigureEqualToTheExactCount() {
        Scenario first = Scenario.create(port, 500_000_000L, 500_000_000L, 0);
        Scenario second = Scenario.create(port, 0, 500_000_000L, 0);
        Api finance = first.as("finance");
        for (Scenario s : new Scenario[] {first, second}) {
            for (int year : new int[] {YEAR - 1, YEAR + 1}) {
                Api.Response line = finance.post("/api/v1/budget/lines", Map.of("fiscalYear", year, "category",
                        "CONFORMITY_CERTIFICATION", "allocatedVnd", 100_000_000L, "policyCode", s.tag, "reason", "Dự toán"));
                assertThat(line.status()).as(line.toString()).isEqualTo(201);
            }
        }
        Api business = first.newApplicant();
        Api other = first.newApplicant();

        // Last year: one decision of each business under the first version, one of them carried over.
        long carried = decidedLastYear(first, business, 20_000_000L, 10_000_000L);
        long paidLastYear = decidedLastYear(first, other, 20_000_000L, 8_000_000L);
        first.completeOk(finance, paidLastYear, "payment", Map.of("outcome", "PAY", "paymentReference", "KB-" + paidLastYear));
        assertTallyEqualsExactCount();
        Api.Response closed = finance.post("/api/v1/budget/year-end-closings", Map.of("policyCode", first.tag,
                "fiscalYear", YEAR - 1, "reason", "Khoá sổ cuối năm", "documentRef", "QT-" + (YEAR - 1)));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(finance.get("/api/v1/applications/" + carried).number("fiscalYear")).isEqualTo(YEAR);
        assertTallyEqualsExactCount();

        // This year: the same business under a second item (another category) and a second version.
        long iso = first.file(business, first.iso, 40_000_000L);
        first.approve(iso, 20_000_000L);
        long otherVersion = second.file(business, second.tcvn, 30_000_000L);
        second.approve(otherVersion, 15_000_000L);
        long sameVersion = first.file(business, first.tcvn, 30_000_000L);
        first.approve(sameVersion, 12_000_000L);
        assertTallyEqualsExactCount();

        // Paid, then part of it clawed back; another dossier refused, which the report does not count.
        first.completeOk(finance, iso, "payment", Map.of("outcome", "PAY", "paymentReference", "KB-" + iso));
        Api.Response recovered = finance.post("/api/v1/budget/clawbacks", Map.of("applicationId", iso, "amountVnd", 5_000_000L,
                "reason", "Giấy chứng nhận bị thu hồi", "documentRef", "45/QĐ-SKHCN"), Map.of("Idempotency-Key", "cb-" + iso));
        assertThat(recovered.status()).as(recovered.toString()).isEqualTo(201);
        Api.Response withdrawn = business.post("/api/v1/applications/" + sameVersion + "/withdraw", null);
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertTallyEqualsExactCount();

        PeriodReport lastYear = reports.years(YEAR - 1, YEAR - 1);
        PeriodReport bothYears = reports.years(YEAR - 1, YEAR);
        assertThat(bothYears.ledger().clawedBackVnd() - lastYear.ledger().clawedBackVnd()).isGreaterThanOrEqualTo(5_000_000L);
        assertThat(bothYears.ledger().matches()).isTrue();
    }

    private long decidedLastYear(Scenario s, Api business, long eligibleVnd, long amountVnd) {
        long id = s.file(business, s.tcvn, eligibleVnd);
        // Filed last year: a decision cannot predate its dossier's filing.
        jdbc.update("UPDATE application SET submitted_at = ? WHERE id = ?", (YEAR - 1) + "-12-01 02:00:00", id);
        s.completeOk(s.as("intake"), id, "intake", Map.of("outcome", "ACCEPT"));
        s.completeOk(s.as("reviewer"), id, "appraisal", Map.of("outcome", "RECOMMEND_APPROVAL", "amountVnd", amountVnd));
        s.completeOk(s.as("approver"), id, "decision", Map.of("outcome", "APPROVE", "decisionNumber", id + "/QĐ-SKHCN",
                "decisionDate", (YEAR - 1) + "-12-30"));
        return id;
    }

    /** In one read-only transaction: one snapshot, whatever background jobs of other tests are doing. */
    private void assertTallyEqualsExactCount() {
        TransactionTemplate snapshot = new TransactionTemplate(transactionManager);
        snapshot.setReadOnly(true);
        snapshot.executeWithoutResult(status -> assertTallyEqualsExactCountInSnapshot());
    }

    private void assertTallyEqualsExactCountInSnapshot() {
        assertThat(jdbc.queryForList("SELECT organisation_id, grouped_by, category, group_key, decision_month, dossiers"
                + " FROM report_tally_business")).containsExactlyInAnyOrderElementsOf(jdbc.queryForList(TallyRecount.BUSINESSES_FROM_DOSSIERS));
        assertThat(jdbc.queryForList("SELECT grouped_by, category, group_key, decision_month, dossiers, approved_vnd AS approved,"
                + " paid_vnd AS paid, disbursed_vnd AS disbursed, clawed_back_vnd AS clawed_back FROM report_tally"
                + " WHERE previous_month = -1 AND dossiers <> 0"))
                .containsExactlyInAnyOrderElementsOf(jdbc.queryForList(TallyRecount.FIGURES_FROM_DOSSIERS));
        for (int[] years : new int[][] {{YEAR - 1, YEAR - 1}, {YEAR, YEAR}, {YEAR - 1, YEAR}, {YEAR, YEAR + 1}}) {
            for (Category category : new Category[] {null, Category.CONFORMITY_CERTIFICATION, Category.MANAGEMENT_SYSTEM}) {
                ReportFilter filter = new ReportFilter(category, null, null);
                assertThat(reports.years(years[0], years[1], filter)).as("%d–%d %s", years[0], years[1], category)
                        .isEqualTo(reports.exact(LocalDate.of(years[0], 1, 1), LocalDate.of(years[1], 12, 31), filter));
            }
        }
        // Whole months around the last-year decisions (30 December) and today's, and periods cut mid-month.
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        LocalDate[][] periods = {
                {LocalDate.of(YEAR - 1, 12, 1), LocalDate.of(YEAR - 1, 12, 31)},
                {LocalDate.of(YEAR - 1, 12, 1), today.withDayOfMonth(today.lengthOfMonth())},
                {LocalDate.of(YEAR - 1, 12, 30), today},
                {LocalDate.of(YEAR - 1, 12, 31), today.plusDays(1)},
                {LocalDate.of(YEAR - 1, 11, 15), today.withDayOfMonth(1).minusDays(1)},
                {today.withDayOfMonth(1), today},
                {LocalDate.of(YEAR - 1, 12, 30), LocalDate.of(YEAR - 1, 12, 30)}};
        for (LocalDate[] period : periods) {
            for (Category category : new Category[] {null, Category.CONFORMITY_CERTIFICATION, Category.MANAGEMENT_SYSTEM}) {
                ReportFilter filter = new ReportFilter(category, null, null);
                assertThat(reports.period(period[0], period[1], filter)).as("%s – %s %s", period[0], period[1], category)
                        .isEqualTo(reports.exact(period[0], period[1], filter));
            }
        }
    }
}

package vn.subsidyflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.subsidyflow.application.ApplicationChanged;
import vn.subsidyflow.application.SupportedApplication;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.database.MapperTestSupport;
import vn.subsidyflow.database.Rows;

class PeriodReportMapperTests extends MapperTestSupport {

    @Autowired
    PeriodReportMapper reports;
    @Autowired
    SupportSummaryMapper summaryMapper;
    @Autowired
    Rows rows;

    @Test
    void supportedCountsDecidedDossiersOfThePeriodPerFiscalYearAndCategory() {
        LocalDate day = LocalDate.of(2094, 3, 10);
        long a = rows.organisation("Công ty A");
        long b = rows.organisation("Công ty B");
        rows.application(a, "PAID", 2094, day, 40_000_000L, 40_000_000);
        rows.application(a, "APPROVED", 2094, day.plusDays(1), 10_000_000L, 0);
        rows.application(b, "AWAITING_PAYMENT", 2094, day, 20_000_000L, 0);
        rows.application(b, "REJECTED", 2094, day, null, 0);
        rows.application(b, "PAID", 2094, day.plusYears(1), 5_000_000L, 5_000_000);

        assertThat(reports.supported(day, day.plusMonths(1))).containsExactly(
                new PeriodReportRow(2094, Category.MANAGEMENT_SYSTEM, 3, 2, 70_000_000, 40_000_000));
        assertThat(reports.supported(day.minusYears(1), day.minusDays(1))).isEmpty();
    }

    /**
     * The FISCAL group of the tally: two businesses decided in 2095, one of them again in 2096, both
     * in fiscal year 2095. Over both years each business counts once; over 2096 alone only the one
     * decided then; another category has none.
     */
    @Test
    void tallyRowsCountABusinessOncePerFiscalYearAndCategoryOverTheRange() {
        String[] fiscal = {"FISCAL", "MANAGEMENT_SYSTEM", "2095"};
        tally(fiscal, 209503, -1, 2, 60, 30, 30, 0, 0);
        tally(fiscal, 209503, 0, 0, 0, 0, 0, 0, 2);
        tally(fiscal, 209602, -1, 1, 30, 0, 0, 0, 0);
        tally(fiscal, 209602, 209503, 0, 0, 0, 0, 0, 1);

        assertThat(reports.tallyRows(209501, 209612, null))
                .containsExactly(new PeriodReportRow(2095, Category.MANAGEMENT_SYSTEM, 3, 2, 90, 30));
        assertThat(reports.tallyRows(209601, 209612, Category.MANAGEMENT_SYSTEM))
                .containsExactly(new PeriodReportRow(2095, Category.MANAGEMENT_SYSTEM, 1, 1, 30, 0));
        assertThat(reports.tallyRows(209501, 209612, Category.CONFORMITY_CERTIFICATION)).isEmpty();
    }

    /** Two versions of one item code, a second item, two businesses; one business supported in two years. */
    @Test
    void breakdownsCountEachBusinessOnceOverThePeriodAndFilterOnItemAndVersion() {
        LocalDate day = LocalDate.of(2092, 5, 10);
        long older = version("RPT-OLD-" + Rows.uniqueTaxCode(), "2092-01-01");
        long newer = version("RPT-NEW-" + Rows.uniqueTaxCode(), "2093-01-01");
        item(older, "RPT_ISO", "MANAGEMENT_SYSTEM", "ISO cũ", "Old ISO");
        item(newer, "RPT_ISO", "MANAGEMENT_SYSTEM", "ISO mới", "New ISO");
        item(newer, "RPT_TCVN", "CONFORMITY_CERTIFICATION", "Hợp chuẩn", "Conformity");
        long a = rows.organisation("Công ty A");
        long b = rows.organisation("Công ty B");
        dossier(a, older, "RPT_ISO", "MANAGEMENT_SYSTEM", "PAID", day, 30_000_000L, 30_000_000L);
        dossier(a, newer, "RPT_ISO", "MANAGEMENT_SYSTEM", "APPROVED", day.plusYears(1), 20_000_000L, 0);
        dossier(a, newer, "RPT_TCVN", "CONFORMITY_CERTIFICATION", "AWAITING_PAYMENT", day.plusYears(1), 10_000_000L, 0);
        dossier(b, newer, "RPT_TCVN", "CONFORMITY_CERTIFICATION", "PAID", day.plusYears(1), 5_000_000L, 5_000_000L);
        dossier(b, newer, "RPT_TCVN", "CONFORMITY_CERTIFICATION", "REJECTED", day.plusYears(1), null, 0);
        LocalDate from = LocalDate.of(2092, 1, 1);
        LocalDate to = LocalDate.of(2093, 12, 31);
        ReportFilter all = ReportFilter.NONE;

        assertThat(reports.total(from, to, all)).isEqualTo(new Breakdown(null, null, null, null, 2, 4, 65_000_000, 35_000_000));
        assertThat(reports.rows(from, to, all)).containsExactly(
                new PeriodReportRow(2092, Category.MANAGEMENT_SYSTEM, 1, 1, 30_000_000, 30_000_000),
                new PeriodReportRow(2093, Category.CONFORMITY_CERTIFICATION, 2, 2, 15_000_000, 5_000_000),
                new PeriodReportRow(2093, Category.MANAGEMENT_SYSTEM, 1, 1, 20_000_000, 0));
        assertThat(reports.byCategory(from, to, all)).containsExactly(
                new Breakdown("CONFORMITY_CERTIFICATION", null, null, null, 2, 2, 15_000_000, 5_000_000),
                new Breakdown("MANAGEMENT_SYSTEM", null, null, null, 1, 2, 50_000_000, 30_000_000));
        assertThat(reports.bySupportItem(from, to, all)).containsExactly(
                new Breakdown("RPT_ISO", null, "ISO mới", "New ISO", 1, 2, 50_000_000, 30_000_000),
                new Breakdown("RPT_TCVN", null, "Hợp chuẩn", "Conformity", 2, 2, 15_000_000, 5_000_000));
        List<Breakdown> versions = reports.byPolicyVersion(from, to, all);
        assertThat(versions).extracting(Breakdown::id).containsExactly(older, newer);
        assertThat(versions).extracting(Breakdown::businesses, Breakdown::dossiers, Breakdown::approvedVnd)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 1L, 30_000_000L),
                        org.assertj.core.groups.Tuple.tuple(2L, 3L, 35_000_000L));

        ReportFilter isoInNewer = new ReportFilter(null, "RPT_ISO", newer);
        assertThat(reports.total(from, to, isoInNewer)).isEqualTo(new Breakdown(null, null, null, null, 1, 1, 20_000_000, 0));
        assertThat(reports.rows(from, to, new ReportFilter(Category.CONFORMITY_CERTIFICATION, null, null)))
                .containsExactly(new PeriodReportRow(2093, Category.CONFORMITY_CERTIFICATION, 2, 2, 15_000_000, 5_000_000));
    }

    @Test
    void ledgerSumsTheDisbursementsAndClawbacksOfTheSameDossiers() {
        LocalDate day = LocalDate.of(2091, 4, 1);
        long line = rows.budgetLine(2091, "MANAGEMENT_SYSTEM", 0, 0, 0);
        long a = rows.organisation("Công ty A");
        long paid = rows.application(a, "PAID", 2091, day, 40_000_000L, 40_000_000);
        long outside = rows.application(a, "PAID", 2091, day.plusYears(1), 9_000_000L, 9_000_000);
        entry(line, "DISBURSE", 25_000_000L, paid);
        entry(line, "DISBURSE", 15_000_000L, paid);
        entry(line, "CLAWBACK", 5_000_000L, paid);
        entry(line, "DISBURSE", 9_000_000L, outside);

        LedgerCheck check = reports.ledger(day, day, ReportFilter.NONE);

        assertThat(check).isEqualTo(new LedgerCheck(40_000_000, 40_000_000, 5_000_000));
        assertThat(check.matches()).isTrue();
        assertThat(check.netPaidVnd()).isEqualTo(35_000_000);
    }

    /**
     * The TOTAL groups of the tally: two businesses decided in management systems in 2098, one of them
     * again (two dossiers) in intellectual property in 2099. Over both years, two businesses in all,
     * two in management systems, one in intellectual property; none in a year without decisions.
     */
    @Test
    void tallyTotalAndByCategoryCountEachBusinessOnceOverAllAndPerCategory() {
        String[] all = {"TOTAL", "", ""};
        tally(all, 209803, -1, 2, 60, 0, 0, 0, 0);
        tally(all, 209803, 0, 0, 0, 0, 0, 0, 2);
        tally(all, 209905, -1, 2, 20, 0, 0, 0, 0);
        tally(all, 209905, 209803, 0, 0, 0, 0, 0, 1);
        String[] managementSystems = {"TOTAL", "MANAGEMENT_SYSTEM", ""};
        tally(managementSystems, 209803, -1, 2, 60, 0, 0, 0, 0);
        tally(managementSystems, 209803, 0, 0, 0, 0, 0, 0, 2);
        String[] intellectualProperty = {"TOTAL", "INTELLECTUAL_PROPERTY", ""};
        tally(intellectualProperty, 209905, -1, 2, 20, 0, 0, 0, 0);
        tally(intellectualProperty, 209905, 0, 0, 0, 0, 0, 0, 1);

        assertThat(reports.tallyTotal(209801, 209912, null).businesses()).isEqualTo(2);
        assertThat(reports.tallyTotal(209801, 209912, Category.INTELLECTUAL_PROPERTY).businesses()).isEqualTo(1);
        assertThat(reports.tallyTotal(210001, 210012, null)).isEqualTo(new Breakdown(null, null, null, null, 0, 0, 0, 0));
        assertThat(reports.tallyByCategory(209801, 209912, null)).extracting(Breakdown::key, Breakdown::businesses)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("INTELLECTUAL_PROPERTY", 1L),
                        org.assertj.core.groups.Tuple.tuple("MANAGEMENT_SYSTEM", 2L));
    }

    /** Rows of the tally (V55, by month since V62) as SupportSummary keeps them, read back per group. */
    @Test
    void tallyReadsCountABusinessAtItsFirstDecisionInTheRange() {
        long v = version("TLY-" + Rows.uniqueTaxCode(), "2071-01-01");
        item(v, "TLY_ITEM", "MANAGEMENT_SYSTEM", "Mục kiểm đếm", "Tally item");
        String version = Long.toString(v);
        for (String[] g : new String[][] {{"TOTAL", "", ""}, {"TOTAL", "MANAGEMENT_SYSTEM", ""}, {"ITEM", "", "TLY_ITEM"},
                {"ITEM", "MANAGEMENT_SYSTEM", "TLY_ITEM"}, {"VERSION", "", version}, {"VERSION", "MANAGEMENT_SYSTEM", version}}) {
            // One business decided in 2071-12 and 2072-01 (previous 207112), another only in 2072-01.
            tally(g, 207112, -1, 1, 30, 20, 20, 5, 0);
            tally(g, 207112, 0, 0, 0, 0, 0, 0, 1);
            tally(g, 207201, -1, 2, 50, 10, 10, 0, 0);
            tally(g, 207201, 207112, 0, 0, 0, 0, 0, 1);
            tally(g, 207201, 0, 0, 0, 0, 0, 0, 1);
        }
        Category ms = Category.MANAGEMENT_SYSTEM;

        assertThat(reports.tallyTotal(207101, 207212, null)).isEqualTo(new Breakdown(null, null, null, null, 2, 3, 80, 30));
        assertThat(reports.tallyTotal(207201, 207201, ms)).isEqualTo(new Breakdown(null, null, null, null, 2, 2, 50, 10));
        assertThat(reports.tallyTotal(207112, 207112, ms)).isEqualTo(new Breakdown(null, null, null, null, 1, 1, 30, 20));
        assertThat(reports.tallyTotal(207202, 207212, null)).isEqualTo(new Breakdown(null, null, null, null, 0, 0, 0, 0));
        assertThat(reports.tallyByCategory(207101, 207212, null))
                .containsExactly(new Breakdown("MANAGEMENT_SYSTEM", null, null, null, 2, 3, 80, 30));
        assertThat(reports.tallyByCategory(207101, 207212, Category.INTELLECTUAL_PROPERTY)).isEmpty();
        assertThat(reports.tallyBySupportItem(207101, 207212, ms))
                .containsExactly(new Breakdown("TLY_ITEM", null, "Mục kiểm đếm", "Tally item", 2, 3, 80, 30));
        assertThat(reports.tallyByPolicyVersion(207101, 207212, null)).extracting(Breakdown::id, Breakdown::businesses,
                Breakdown::dossiers).containsExactly(org.assertj.core.groups.Tuple.tuple(v, 2L, 3L));
        assertThat(reports.tallyLedger(207101, 207212, ms)).isEqualTo(new LedgerCheck(30, 30, 5));
        assertThat(reports.tallyLedger(207201, 207201, null)).isEqualTo(new LedgerCheck(10, 10, 0));
        // The FISCAL group (V62): the report's rows per fiscal year and category, its businesses as above.
        String[] fiscal = {"FISCAL", "MANAGEMENT_SYSTEM", "2072"};
        tally(fiscal, 207112, -1, 1, 30, 20, 20, 5, 0);
        tally(fiscal, 207112, 0, 0, 0, 0, 0, 0, 1);
        tally(fiscal, 207201, -1, 2, 50, 10, 10, 0, 0);
        tally(fiscal, 207201, 207112, 0, 0, 0, 0, 0, 1);
        tally(fiscal, 207201, 0, 0, 0, 0, 0, 0, 1);
        assertThat(reports.tallyRows(207101, 207212, null))
                .containsExactly(new PeriodReportRow(2072, Category.MANAGEMENT_SYSTEM, 3, 2, 80, 30));
        assertThat(reports.tallyRows(207201, 207212, ms))
                .containsExactly(new PeriodReportRow(2072, Category.MANAGEMENT_SYSTEM, 2, 2, 50, 10));
        assertThat(reports.tallyRows(207101, 207212, Category.INTELLECTUAL_PROPERTY)).isEmpty();
    }


    /**
     * A date period that is not whole years is cut into the whole years inside it (the tally)
     * and its edges (the dossiers): every figure must equal the exact scan of the dossiers, for periods
     * from mid-year to mid-year, within one year, of one day, empty, and with one edge only; with one
     * business decided in several years, under two versions and two categories, a carried-over
     * commitment, and a paid dossier with a clawback.
     */
    @Test
    void aDatePeriodFromTheTallyAndItsEdgesEqualsTheExactScan() {
        long older = version("RPS-OLD-" + Rows.uniqueTaxCode(), "2061-01-01");
        long newer = version("RPS-NEW-" + Rows.uniqueTaxCode(), "2063-01-01");
        item(older, "RPS_ISO", "MANAGEMENT_SYSTEM", "ISO cũ", "Old ISO");
        item(newer, "RPS_ISO", "MANAGEMENT_SYSTEM", "ISO mới", "New ISO");
        item(newer, "RPS_TCVN", "CONFORMITY_CERTIFICATION", "Hợp chuẩn", "Conformity");
        long line = rows.budgetLine(2061, "MANAGEMENT_SYSTEM", 0, 0, 0);
        long a = rows.organisation("Công ty A");
        long b = rows.organisation("Công ty B");
        long c = rows.organisation("Công ty C");
        long d = rows.organisation("Công ty D");
        long paid = dossier(a, older, "RPS_ISO", "MANAGEMENT_SYSTEM", "PAID", 2061, LocalDate.of(2061, 3, 15), 30_000_000L, 30_000_000L);
        entry(line, "DISBURSE", 30_000_000L, paid);
        entry(line, "CLAWBACK", 5_000_000L, paid);
        dossier(a, older, "RPS_ISO", "MANAGEMENT_SYSTEM", "APPROVED", 2062, LocalDate.of(2062, 6, 30), 20_000_000L, 0);
        long paidLater = dossier(a, newer, "RPS_TCVN", "CONFORMITY_CERTIFICATION", "PAID", 2063, LocalDate.of(2063, 1, 1),
                10_000_000L, 10_000_000L);
        entry(line, "DISBURSE", 10_000_000L, paidLater);
        dossier(a, newer, "RPS_ISO", "MANAGEMENT_SYSTEM", "AWAITING_PAYMENT", 2064, LocalDate.of(2064, 12, 31), 15_000_000L, 0);
        long paidB = dossier(b, older, "RPS_ISO", "MANAGEMENT_SYSTEM", "PAID", 2061, LocalDate.of(2061, 12, 31), 12_000_000L,
                12_000_000L);
        entry(line, "DISBURSE", 12_000_000L, paidB);
        dossier(b, newer, "RPS_TCVN", "CONFORMITY_CERTIFICATION", "PAID", 2063, LocalDate.of(2063, 7, 1), 8_000_000L, 8_000_000L);
        dossier(b, newer, "RPS_TCVN", "CONFORMITY_CERTIFICATION", "REJECTED", 2063, LocalDate.of(2063, 7, 1), null, 0);
        dossier(c, newer, "RPS_TCVN", "CONFORMITY_CERTIFICATION", "WAITLISTED", 2064, LocalDate.of(2064, 2, 29), 5_000_000L, 0);
        dossier(c, older, "RPS_ISO", "MANAGEMENT_SYSTEM", "PAID", 2063, LocalDate.of(2062, 1, 1), 7_000_000L, 7_000_000L);
        dossier(d, newer, "RPS_ISO", "MANAGEMENT_SYSTEM", "APPROVED", 2063, LocalDate.of(2063, 12, 31), 9_000_000L, 0);
        ReportBackFill.settle(rows.jdbc());
        PeriodReports service = new PeriodReports(reports);

        // The edges of 2062-06-30 … 2063-07-01 (whole months 2062-07 … 2063-06): A's dossier of 30 June
        // is new in every group but the total (A is decided on 2063-01-01, in another item, version
        // and category); B has no decision in the whole months at all.
        PeriodSplit edges = PeriodSplit.of(LocalDate.of(2062, 6, 30), LocalDate.of(2063, 7, 1), null);
        assertThat(reports.edgeGroups(edges)).containsExactlyInAnyOrder(
                new EdgeGroup(a, Category.MANAGEMENT_SYSTEM, 2062, "RPS_ISO", older, 1, 20_000_000, 0, true, false, false, false,
                        false),
                new EdgeGroup(b, Category.CONFORMITY_CERTIFICATION, 2063, "RPS_TCVN", newer, 1, 8_000_000, 8_000_000, false, false,
                        false, false, false));
        assertThat(reports.itemNames(List.of("RPS_TCVN", "RPS_ISO"))).extracting(Breakdown::key, Breakdown::nameVi)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RPS_ISO", "ISO mới"),
                        org.assertj.core.groups.Tuple.tuple("RPS_TCVN", "Hợp chuẩn"));
        assertThat(reports.versionNames(List.of(newer, older))).extracting(Breakdown::id).containsExactly(older, newer);

        String[][] periods = {
                {"2061-03-15", "2064-12-30"}, // mid-year to mid-year, whole years 2062–2063 inside
                {"2061-06-01", "2062-06-30"}, // across one year's end, no whole year inside
                {"2062-02-01", "2062-11-30"}, // within one year
                {"2063-01-01", "2063-01-01"}, // one day
                {"2061-04-01", "2061-04-30"}, // nothing decided
                {"2061-01-01", "2063-06-30"}, // whole years, then a part-year
                {"2061-07-01", "2064-12-31"}, // a part-year, then whole years
                {"2062-01-01", "2063-12-31"}, // whole years only
                {"2060-12-31", "2065-01-01"}, // whole years with empty edges
                {"2062-06-30", "2063-01-01"}, // the last day before a year's end to the first of the next
                {"2061-03-01", "2064-02-29"}, // whole months only, across years, to a leap day
                {"2061-03-16", "2063-07-01"}, // mid-month to the first day of a month
                {"2061-12-31", "2064-12-30"}, // the last day of a month to the day before a month's end
                {"2062-01-01", "2062-01-31"}, // one whole month, empty
                {"2063-07-01", "2063-07-31"}, // one whole month
                {"2063-06-15", "2063-07-15"}, // two part-months, no whole month inside
                {"2063-06-30", "2063-08-01"}, // one day, a whole month, one day
                {"2064-02-28", "2064-03-01"}}; // a leap February's end
        List<String[]> cut = new java.util.ArrayList<>(List.of(periods));
        // Random periods, cut anywhere (seeded: a failure names its period and comes back the same).
        java.util.Random random = new java.util.Random(62);
        LocalDate first = LocalDate.of(2060, 12, 1);
        for (int i = 0; i < 30; i++) {
            LocalDate from = first.plusDays(random.nextInt(4 * 365));
            LocalDate to = from.plusDays(random.nextInt(random.nextBoolean() ? 70 : 4 * 365));
            cut.add(new String[] {from.toString(), to.toString()});
        }
        for (String[] period : cut) {
            LocalDate from = LocalDate.parse(period[0]);
            LocalDate to = LocalDate.parse(period[1]);
            for (Category category : new Category[] {null, Category.MANAGEMENT_SYSTEM, Category.CONFORMITY_CERTIFICATION}) {
                ReportFilter filter = new ReportFilter(category, null, null);
                assertThat(service.period(from, to, filter)).as("%s – %s %s", from, to, category)
                        .isEqualTo(service.exact(from, to, filter));
            }
        }
        PeriodReport midToMid = service.period(LocalDate.of(2061, 3, 15), LocalDate.of(2064, 12, 30));
        assertThat(midToMid.businesses()).isEqualTo(4);
        assertThat(midToMid.dossiers()).isEqualTo(8);
        assertThat(midToMid.ledger()).isEqualTo(new LedgerCheck(67_000_000, 52_000_000, 5_000_000));
        PeriodReport oneDay = service.period(LocalDate.of(2063, 1, 1), LocalDate.of(2063, 1, 1));
        assertThat(oneDay.businesses()).isEqualTo(1);
        assertThat(oneDay.bySupportItem()).containsExactly(
                new Breakdown("RPS_TCVN", null, "Hợp chuẩn", "Conformity", 1, 1, 10_000_000, 10_000_000));
        PeriodReport empty = service.period(LocalDate.of(2061, 4, 1), LocalDate.of(2061, 4, 30));
        assertThat(empty.rows()).isEmpty();
        assertThat(empty.byPolicyVersion()).isEmpty();
        assertThat(empty.ledger()).isEqualTo(new LedgerCheck(0, 0, 0));
    }

    /**
     * The live path (SupportSummary) by month: a dossier moving to another month of its year, one
     * leaving support and one carried over into the next fiscal year (its FISCAL group changes) keep
     * every report, whole months or cut mid-month, equal to the exact scan, and the tally's
     * businesses rows equal to a recount of every business.
     */
    @Test
    void aDossierMovingBetweenMonthsOrLeavingSupportKeepsTheReportEqualToTheExactScan() {
        long a = rows.organisation("Công ty A");
        long b = rows.organisation("Công ty B");
        long paid = rows.application(a, "PAID", 2066, LocalDate.of(2066, 3, 10), 30_000_000L, 30_000_000);
        long moved = rows.application(a, "APPROVED", 2066, LocalDate.of(2066, 5, 20), 20_000_000L, 0);
        long carried = rows.application(b, "APPROVED", 2066, LocalDate.of(2066, 3, 31), 10_000_000L, 0);
        rows.application(b, "PAID", 2066, LocalDate.of(2066, 4, 1), 5_000_000L, 5_000_000);
        ReportBackFill.settle(rows.jdbc());
        PeriodReports service = new PeriodReports(reports);
        assertReportsEqualExact(service);

        change(moved, "UPDATE application SET decision_date = '2066-04-02' WHERE id = ?");
        assertThat(service.period(LocalDate.of(2066, 5, 1), LocalDate.of(2066, 5, 31)).dossiers()).isZero();
        assertThat(service.period(LocalDate.of(2066, 4, 1), LocalDate.of(2066, 4, 30)).businesses()).isEqualTo(2);
        assertReportsEqualExact(service);
        change(paid, "UPDATE application SET status = 'REJECTED', approved_amount_vnd = NULL, paid_amount_vnd = 0 WHERE id = ?");
        assertThat(service.period(LocalDate.of(2066, 3, 1), LocalDate.of(2066, 3, 31)).businesses()).isEqualTo(1);
        assertReportsEqualExact(service);
        change(carried, "UPDATE application SET fiscal_year = 2067 WHERE id = ?");
        assertThat(service.period(LocalDate.of(2066, 3, 1), LocalDate.of(2066, 4, 30)).rows())
                .extracting(PeriodReportRow::fiscalYear, PeriodReportRow::businesses)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2066, 2L), org.assertj.core.groups.Tuple.tuple(2067, 1L));
        assertReportsEqualExact(service);
        assertThat(rows.jdbc().queryForList("SELECT grouped_by, category, group_key, decision_month, previous_month, businesses"
                + " FROM report_tally WHERE previous_month >= 0 AND businesses <> 0"))
                .containsExactlyInAnyOrderElementsOf(rows.jdbc().queryForList("SELECT grouped_by, category, group_key,"
                        + " decision_month, previous_month, COUNT(*) AS businesses FROM (SELECT grouped_by, category, group_key,"
                        + " decision_month, COALESCE(LAG(decision_month) OVER (PARTITION BY organisation_id, grouped_by, category,"
                        + " group_key ORDER BY decision_month), 0) AS previous_month FROM report_tally_business WHERE dossiers > 0) b"
                        + " GROUP BY grouped_by, category, group_key, decision_month, previous_month"));
    }

    /** Saves a dossier as the aggregate would: the change, then SupportSummary applying it as its transaction commits. */
    private void change(long id, String update) {
        SupportSummary summary = new SupportSummary(summaryMapper);
        SupportedApplication before = summaryMapper.supportOf(id);
        rows.jdbc().update(update, id);
        List<org.springframework.transaction.support.TransactionSynchronization> held =
                org.springframework.transaction.support.TransactionSynchronizationManager.getSynchronizations();
        summary.changed(new ApplicationChanged(id, null, null, before, summaryMapper.supportOf(id)));
        // The test's transaction rolls back: the new synchronization is run here as the commit would.
        org.springframework.transaction.support.TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(s -> !held.contains(s)).forEach(s -> s.beforeCommit(false));
    }

    private static void assertReportsEqualExact(PeriodReports service) {
        String[][] periods = {{"2066-01-01", "2066-12-31"}, {"2066-03-01", "2066-05-31"}, {"2066-03-15", "2066-05-10"},
                {"2066-04-01", "2066-04-30"}, {"2066-03-31", "2066-04-02"}, {"2066-03-31", "2066-05-01"},
                {"2066-02-10", "2067-01-10"}};
        for (String[] period : periods) {
            LocalDate from = LocalDate.parse(period[0]);
            LocalDate to = LocalDate.parse(period[1]);
            for (Category category : new Category[] {null, Category.MANAGEMENT_SYSTEM}) {
                ReportFilter filter = new ReportFilter(category, null, null);
                assertThat(service.period(from, to, filter)).as("%s – %s %s", from, to, category)
                        .isEqualTo(service.exact(from, to, filter));
            }
        }
    }

    private void tally(String[] g, int decisionMonth, int previousMonth, long dossiers, long approved, long paid, long disbursed,
                       long clawedBack, long businesses) {
        rows.jdbc().update("INSERT INTO report_tally (grouped_by, category, group_key, decision_month, previous_month, dossiers, "
                + "approved_vnd, paid_vnd, disbursed_vnd, clawed_back_vnd, businesses) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                g[0], g[1], g[2], decisionMonth, previousMonth, dossiers, approved, paid, disbursed, clawedBack, businesses);
    }

    private long version(String code, String from) {
        return rows.insert("INSERT INTO policy_version (code, title, citation, effective_from, status, total_vnd) "
                + "VALUES (?, ?, 'test', ?, 'IN_FORCE', 0)", code, "Chính sách " + code, from);
    }

    private void item(long version, String code, String category, String nameVi, String nameEn) {
        rows.insert("INSERT INTO support_item (policy_version_id, code, category, name_vi, name_en, rate_pct, cap_vnd, cap_unit, "
                + "frequency_limit, required_documents, completion_documents, legal_citation) "
                + "VALUES (?, ?, ?, ?, ?, 50, 50000000, 'PER_APPLICATION', 0, 'APPLICATION_FORM', 'CERTIFICATE', 'test')",
                version, code, category, nameVi, nameEn);
    }

    private void dossier(long organisation, long version, String code, String category, String status, LocalDate decided,
                         Long approved, long paid) {
        dossier(organisation, version, code, category, status, decided.getYear(), decided, approved, paid);
    }

    private long dossier(long organisation, long version, String code, String category, String status, int fiscalYear,
                         LocalDate decided, Long approved, long paid) {
        long item = rows.jdbc().queryForObject("SELECT id FROM support_item WHERE policy_version_id = ? AND code = ?", Long.class,
                version, code);
        return rows.insert("INSERT INTO application (organisation_id, support_item_id, policy_version_id, support_item_code, category, "
                + "title, eligible_cost_vnd, max_support_vnd, approved_amount_vnd, paid_amount_vnd, status, fiscal_year, "
                + "decision_date, created_by) VALUES (?, ?, ?, ?, ?, 't', 100000000, 50000000, ?, ?, ?, ?, ?, 'applicant1')",
                organisation, item, version, code, category, approved, paid, status, fiscalYear, decided);
    }

    private void entry(long line, String type, long amount, long application) {
        rows.insert("INSERT INTO ledger_entry (line_id, entry_type, amount_vnd, application_id, actor, idempotency_key) "
                + "VALUES (?, ?, ?, ?, 'test', ?)", line, type, amount, application, "test:" + java.util.UUID.randomUUID());
    }
}

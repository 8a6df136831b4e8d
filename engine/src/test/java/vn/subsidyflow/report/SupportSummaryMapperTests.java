package vn.subsidyflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.subsidyflow.application.SupportedApplication;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.database.MapperTestSupport;
import vn.subsidyflow.database.Rows;

class SupportSummaryMapperTests extends MapperTestSupport {

    // Years no other test decides in, so the summary rows are the test's own.
    private static final int FISCAL_YEAR = 2093;

    @Autowired
    SupportSummaryMapper summary;
    @Autowired
    Rows rows;

    @Test
    void aBusinessRowCountsDossiersPerDecisionYearAndIsDeletedOnceEmpty() {
        long organisation = 9_300_000_001L;
        var d2092 = new SupportedApplication(organisation, Category.MANAGEMENT_SYSTEM, 2092, FISCAL_YEAR, 40_000_000, 0);
        var d2093 = new SupportedApplication(organisation, Category.MANAGEMENT_SYSTEM, 2093, FISCAL_YEAR, 40_000_000, 0);
        assertThat(summary.latestDecisionYear(d2092)).isNull();

        summary.addToBusiness(d2092, 1);
        summary.addToBusiness(d2092, 1);
        summary.addToBusiness(d2093, 1);
        assertThat(summary.latestDecisionYear(d2092)).isEqualTo(2093);
        assertThat(dossiers(organisation, 2092)).isEqualTo(2);

        summary.addToBusiness(d2093, -1);
        summary.deleteEmptyBusiness(d2092);
        assertThat(dossiers(organisation, 2092)).isEqualTo(2);
        summary.deleteEmptyBusiness(d2093);
        assertThat(summary.latestDecisionYear(d2093)).isEqualTo(2092);
    }

    @Test
    void aSupportRowAddsUpAmountsAndLastDecidedBusinessesAndIsDeletedOnceEmpty() {
        var d = new SupportedApplication(9_300_000_002L, Category.CONFORMITY_CERTIFICATION, 2093, FISCAL_YEAR, 0, 0);
        summary.addToSupport(d, 1, 40_000_000, 0);
        summary.addToSupport(d, 1, 10_000_000, 5_000_000);
        summary.addLastDecided(d, 2093, 2);

        assertThat(support(d)).containsEntry("dossiers", 2L).containsEntry("approved_vnd", 50_000_000L)
                .containsEntry("paid_vnd", 5_000_000L).containsEntry("last_decided_businesses", 2L);

        summary.deleteEmptySupport(d);
        assertThat(rows.jdbc().queryForObject("SELECT COUNT(*) FROM report_support WHERE decision_year = 2093 "
                + "AND fiscal_year = ? AND category = 'CONFORMITY_CERTIFICATION'", Long.class, FISCAL_YEAR)).isEqualTo(1);
        summary.addToSupport(d, -2, -50_000_000, -5_000_000);
        summary.deleteEmptySupport(d);
        assertThat(rows.jdbc().queryForObject("SELECT COUNT(*) FROM report_support WHERE decision_year = 2093 "
                + "AND fiscal_year = ? AND category = 'CONFORMITY_CERTIFICATION'", Long.class, FISCAL_YEAR)).isZero();
    }

    @Test
    void tallyBusinessRowsAreReadPerGroupAndDeletedOnceEmpty() {
        long organisation = 9_300_000_003L;
        var d = new SupportedApplication(organisation, Category.MANAGEMENT_SYSTEM, 2081, 2081, 40_000_000, 0, "TLY_ISO", 77,
                208105);
        List<TallyGroup> groups = TallyGroup.of(d);
        assertThat(summary.tallyYears(d, groups)).isEmpty();

        summary.addToTallyBusiness(d, groups, 1);
        summary.addToTallyBusiness(d, groups, 1);
        assertThat(summary.tallyYears(d, groups)).hasSize(7).allSatisfy(y -> {
            assertThat(y.decisionMonth()).isEqualTo(208105);
            assertThat(y.dossiers()).isEqualTo(2);
        }).extracting(TallyYear::group).containsExactlyInAnyOrderElementsOf(groups);
        var otherItem = new SupportedApplication(organisation, Category.MANAGEMENT_SYSTEM, 2081, 2081, 0, 0, "TLY_OTHER", 77,
                208105);
        assertThat(summary.tallyYears(otherItem, List.of(new TallyGroup("ITEM", "", "TLY_OTHER")))).isEmpty();

        summary.addToTallyBusiness(d, groups, -2);
        summary.deleteEmptyTallyBusiness(organisation);
        assertThat(rows.jdbc().queryForObject("SELECT COUNT(*) FROM report_tally_business WHERE organisation_id = ?", Long.class,
                organisation)).isZero();
    }

    @Test
    void tallyRowsAddUpEveryFigure() {
        TallyGroup g = new TallyGroup("ITEM", "MANAGEMENT_SYSTEM", "TLY_ISO");
        summary.addToTally(List.of(TallyRow.figures(g, 208202, 1, 40, 10, 10, 0), TallyRow.businesses(g, 208202, 0, 1)));
        summary.addToTally(List.of(TallyRow.figures(g, 208202, 1, 20, 5, 6, 1), TallyRow.businesses(g, 208202, 0, 1)));

        assertThat(rows.jdbc().queryForMap("SELECT dossiers, approved_vnd, paid_vnd, disbursed_vnd, clawed_back_vnd, businesses"
                + " FROM report_tally WHERE decision_month = 208202 AND grouped_by = 'ITEM' AND category = 'MANAGEMENT_SYSTEM'"
                + " AND group_key = 'TLY_ISO' AND previous_month = -1"))
                .isEqualTo(Map.of("dossiers", 2L, "approved_vnd", 60L, "paid_vnd", 15L, "disbursed_vnd", 16L, "clawed_back_vnd", 1L,
                        "businesses", 0L));
        assertThat(rows.jdbc().queryForObject("SELECT businesses FROM report_tally WHERE decision_month = 208202 AND grouped_by = 'ITEM'"
                + " AND category = 'MANAGEMENT_SYSTEM' AND group_key = 'TLY_ISO' AND previous_month = 0", Long.class)).isEqualTo(2);
    }

    @Test
    void ledgerOfSumsOneDossiersDisbursementsAndClawbacksAndSupportOfReadsWhatTheReportCounts() {
        long organisation = rows.organisation("Công ty T");
        LocalDate decided = LocalDate.of(2083, 3, 1);
        long paid = rows.application(organisation, "PAID", 2084, decided, 40_000_000L, 40_000_000);
        long rejected = rows.application(organisation, "REJECTED", 2084, decided, null, 0);
        long line = rows.budgetLine(2084, "MANAGEMENT_SYSTEM", 0, 0, 0);
        for (Object[] e : new Object[][] {{"DISBURSE", 30_000_000L}, {"DISBURSE", 10_000_000L}, {"CLAWBACK", 4_000_000L},
                {"COMMIT", 40_000_000L}}) {
            rows.insert("INSERT INTO ledger_entry (line_id, entry_type, amount_vnd, application_id, actor, idempotency_key) "
                    + "VALUES (?, ?, ?, ?, 'test', ?)", line, e[0], e[1], paid, "test:" + java.util.UUID.randomUUID());
        }

        assertThat(summary.ledgerOf(paid)).isEqualTo(new LedgerCheck(0, 40_000_000, 4_000_000));
        assertThat(summary.ledgerOf(rejected)).isEqualTo(new LedgerCheck(0, 0, 0));
        assertThat(summary.supportOf(rejected)).isNull();
        assertThat(summary.supportOf(paid)).isEqualTo(new SupportedApplication(organisation, Category.MANAGEMENT_SYSTEM, 2083, 2084,
                40_000_000, 40_000_000, "ISO_9001", rows.examplePolicy(), 208303));
    }

    private long dossiers(long organisation, int decisionYear) {
        return rows.jdbc().queryForObject("SELECT dossiers FROM report_business WHERE fiscal_year = ? AND category = "
                + "'MANAGEMENT_SYSTEM' AND organisation_id = ? AND decision_year = ?", Long.class, FISCAL_YEAR, organisation,
                decisionYear);
    }

    private Map<String, Object> support(SupportedApplication d) {
        return rows.jdbc().queryForMap("SELECT dossiers, approved_vnd, paid_vnd, last_decided_businesses FROM report_support "
                + "WHERE decision_year = ? AND fiscal_year = ? AND category = ?", d.decisionYear(), d.fiscalYear(), d.category().name());
    }
}

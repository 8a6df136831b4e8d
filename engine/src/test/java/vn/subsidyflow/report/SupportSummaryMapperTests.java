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

    @Autowired
    SupportSummaryMapper summary;
    @Autowired
    Rows rows;

    @Test
    void tallyBusinessRowsAreReadPerGroupAndDeletedOnceEmpty() {
        long organisation = 9_300_000_003L;
        var d = new SupportedApplication(organisation, Category.MANAGEMENT_SYSTEM, 2081, 40_000_000, 0, "TLY_ISO", 77,
                208105);
        List<TallyGroup> groups = TallyGroup.of(d);
        assertThat(summary.tallyMonths(d, groups)).isEmpty();

        summary.addToTallyBusiness(d, groups, 1);
        summary.addToTallyBusiness(d, groups, 1);
        assertThat(summary.tallyMonths(d, groups)).hasSize(7).allSatisfy(y -> {
            assertThat(y.decisionMonth()).isEqualTo(208105);
            assertThat(y.dossiers()).isEqualTo(2);
        }).extracting(TallyMonth::group).containsExactlyInAnyOrderElementsOf(groups);
        var otherItem = new SupportedApplication(organisation, Category.MANAGEMENT_SYSTEM, 2081, 0, 0, "TLY_OTHER", 77,
                208105);
        assertThat(summary.tallyMonths(otherItem, List.of(new TallyGroup("ITEM", "", "TLY_OTHER")))).isEmpty();

        // A second month of the same business: each group holds both months with their own dossiers,
        // and emptying the later one leaves the earlier one as it was.
        var july = new SupportedApplication(organisation, Category.MANAGEMENT_SYSTEM, 2081, 10_000_000, 0, "TLY_ISO", 77,
                208107);
        summary.addToTallyBusiness(july, groups, 1);
        assertThat(summary.tallyMonths(d, groups)).hasSize(14).extracting(TallyMonth::decisionMonth, TallyMonth::dossiers)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(208105, 2L), org.assertj.core.groups.Tuple.tuple(208107, 1L));
        summary.addToTallyBusiness(july, groups, -1);
        summary.deleteEmptyTallyBusiness(organisation);
        assertThat(rows.jdbc().queryForObject("SELECT COUNT(*) FROM report_tally_business WHERE organisation_id = ?", Long.class,
                organisation)).isEqualTo(7);
        assertThat(summary.tallyMonths(d, groups)).hasSize(7).allSatisfy(y -> assertThat(y.dossiers()).isEqualTo(2));

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
        assertThat(summary.supportOf(paid)).isEqualTo(new SupportedApplication(organisation, Category.MANAGEMENT_SYSTEM, 2084,
                40_000_000, 40_000_000, "ISO_9001", rows.examplePolicy(), 208303));
    }
}

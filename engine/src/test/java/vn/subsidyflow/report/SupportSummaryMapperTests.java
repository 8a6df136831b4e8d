package vn.subsidyflow.report;

import static org.assertj.core.api.Assertions.assertThat;

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

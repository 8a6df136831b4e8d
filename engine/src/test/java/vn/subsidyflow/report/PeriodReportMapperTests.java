package vn.subsidyflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.database.MapperTestSupport;
import vn.subsidyflow.database.Rows;

class PeriodReportMapperTests extends MapperTestSupport {

    @Autowired
    PeriodReportMapper reports;
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

    @Test
    void summaryAndBusinessesDecidedReadTheKeptSummary() {
        rows.jdbc().update("INSERT INTO report_support (decision_year, fiscal_year, category, dossiers, approved_vnd, paid_vnd, "
                + "last_decided_businesses) VALUES (2095, 2095, 'MANAGEMENT_SYSTEM', 3, 90, 30, 2)");
        for (long organisation : new long[] {9_500_000_001L, 9_500_000_002L}) {
            rows.jdbc().update("INSERT INTO report_business (fiscal_year, category, organisation_id, decision_year, dossiers) "
                    + "VALUES (2095, 'MANAGEMENT_SYSTEM', ?, 2095, 1)", organisation);
        }
        rows.jdbc().update("INSERT INTO report_business (fiscal_year, category, organisation_id, decision_year, dossiers) "
                + "VALUES (2095, 'MANAGEMENT_SYSTEM', 9500000001, 2096, 1)");

        assertThat(reports.summary()).contains(new SummaryRow(2095, 2095, Category.MANAGEMENT_SYSTEM, 3, 2, 90, 30));
        assertThat(reports.businessesDecided(2095, Category.MANAGEMENT_SYSTEM, 2095, 2096)).isEqualTo(2);
        assertThat(reports.businessesDecided(2095, Category.MANAGEMENT_SYSTEM, 2096, 2096)).isEqualTo(1);
        assertThat(reports.businessesDecided(2095, Category.CONFORMITY_CERTIFICATION, 2095, 2096)).isZero();
    }
}

package vn.subsidyflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.database.MapperTestSupport;
import vn.subsidyflow.database.Rows;

class DisclosureMapperTests extends MapperTestSupport {

    @Autowired
    DisclosureMapper disclosure;
    @Autowired
    Rows rows;

    @Test
    void decidedListsTheYearsSupportedDossiersWithOnlyTheirPublicColumns() {
        LocalDate day = LocalDate.of(2089, 6, 1);
        long a = rows.organisation("Công ty Công khai A");
        long first = rows.application(a, "PAID", 2089, day, 40_000_000L, 40_000_000);
        long second = rows.application(a, "APPROVED", 2089, day.plusDays(1), 10_000_000L, 0);
        rows.application(a, "REJECTED", 2089, day, null, 0);
        rows.application(a, "PAID", 2090, day.plusYears(1), 5_000_000L, 5_000_000);
        rows.jdbc().update("UPDATE application SET decision_number = CONCAT(id, '/QĐ') WHERE id IN (?, ?)", first, second);
        LocalDate from = LocalDate.of(2089, 1, 1);
        LocalDate to = LocalDate.of(2089, 12, 31);

        assertThat(disclosure.countDecided(from, to, null)).isEqualTo(2);
        assertThat(disclosure.countDecided(from, to, Category.INTELLECTUAL_PROPERTY)).isZero();
        // The tally by month (the rows above bypass SupportSummary): the year's two dossiers in its first
        // and last months, and a next year's month the year's count must leave out.
        for (String category : new String[] {"", "MANAGEMENT_SYSTEM"}) {
            rows.jdbc().update("INSERT INTO report_tally (grouped_by, category, group_key, decision_month, previous_month, dossiers)"
                    + " VALUES ('TOTAL', ?, '', 208901, -1, 1), ('TOTAL', ?, '', 208901, 0, 0), ('TOTAL', ?, '', 208912, -1, 1),"
                    + " ('TOTAL', ?, '', 209001, -1, 7)", category, category, category, category);
        }
        assertThat(disclosure.countDecidedInYear(2089, null)).isEqualTo(2);
        assertThat(disclosure.countDecidedInYear(2089, Category.MANAGEMENT_SYSTEM)).isEqualTo(2);
        assertThat(disclosure.countDecidedInYear(2089, Category.INTELLECTUAL_PROPERTY)).isZero();
        List<DisclosedSupport> page = disclosure.decided(from, to, Category.MANAGEMENT_SYSTEM, 0, 10);
        assertThat(page).containsExactly(
                new DisclosedSupport("Công ty Công khai A", "ISO_9001", itemName(), itemNameEn(), 40_000_000, first + "/QĐ", day),
                new DisclosedSupport("Công ty Công khai A", "ISO_9001", itemName(), itemNameEn(), 10_000_000, second + "/QĐ",
                        day.plusDays(1)));
        assertThat(disclosure.decided(from, to, null, 1, 10)).extracting(DisclosedSupport::approvedVnd).containsExactly(10_000_000L);
        List<DisclosedSupport> streamed = new ArrayList<>();
        disclosure.eachDecided(from, to, null, context -> streamed.add(context.getResultObject()));
        assertThat(streamed).isEqualTo(page);
    }

    private String itemName() {
        return rows.jdbc().queryForObject("SELECT name_vi FROM support_item WHERE id = ?", String.class, rows.supportItem("ISO_9001"));
    }

    private String itemNameEn() {
        return rows.jdbc().queryForObject("SELECT name_en FROM support_item WHERE id = ?", String.class, rows.supportItem("ISO_9001"));
    }
}

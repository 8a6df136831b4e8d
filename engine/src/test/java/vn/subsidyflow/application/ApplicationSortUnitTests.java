package vn.subsidyflow.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.subsidyflow.shared.DomainFailure;

class ApplicationSortUnitTests {

    @Test
    void aSortIsAListedFieldWithAnOptionalDirection() {
        assertThat(ApplicationSort.parse(null)).isEqualTo(ApplicationSort.DEFAULT);
        assertThat(ApplicationSort.parse(" ")).isEqualTo(ApplicationSort.DEFAULT);
        assertThat(ApplicationSort.parse("filedAt")).isEqualTo(new ApplicationSort(ApplicationSort.Field.FILED_AT, false));
        assertThat(ApplicationSort.parse("businessName,DESC").column()).isEqualTo("o.name");
        assertThat(ApplicationSort.parse("decidedAt,desc").descending()).isTrue();
        assertThat(ApplicationSort.parse("decidedAt,desc").parameter()).isEqualTo("decidedAt,desc");
    }

    @Test
    void anythingElseIsRefusedAsInvalidSortAndNeverReachesTheSql() {
        for (String bad : new String[] {"title", "id;DROP TABLE application", "a.id", "filedAt,sideways", "id,asc,desc", ","}) {
            assertThatThrownBy(() -> ApplicationSort.parse(bad)).as(bad)
                    .isInstanceOfSatisfying(DomainFailure.class, f -> assertThat(f.code()).isEqualTo("INVALID_SORT"));
        }
    }

    @Test
    void aReversedDateRangeIsRefusedAndTheQueryIsTakenLiterally() {
        assertThatThrownBy(() -> new ApplicationFilter(null, null, null, null, null, null, null, null,
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31), null, null, null, 0, 10))
                .isInstanceOfSatisfying(DomainFailure.class, f -> assertThat(f.code()).isEqualTo("INVALID_DATE_RANGE"));
        assertThatThrownBy(() -> new ApplicationFilter(null, null, null, null, null, null, null, null,
                null, null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31), null, 0, 10))
                .isInstanceOfSatisfying(DomainFailure.class, f -> assertThat(f.code()).isEqualTo("INVALID_DATE_RANGE"));

        ApplicationFilter filter = new ApplicationFilter(null, null, null, " 5%_! ", " ", null, null, null,
                null, null, null, null, null, 0, 10);
        assertThat(filter.query()).isEqualTo("5%_!");
        assertThat(filter.taxCode()).isNull();
        assertThat(filter.queryContains()).isEqualTo("%5!%!_!!%");
        assertThat(filter.queryNumber()).isNull();
        assertThat(new ApplicationFilter(null, null, null, "42", null, null, null, null, null, null, null, null, null, 0, 10)
                .queryNumber()).isEqualTo(42L);
        assertThat(filter.sort()).isEqualTo(ApplicationSort.DEFAULT);
    }
}

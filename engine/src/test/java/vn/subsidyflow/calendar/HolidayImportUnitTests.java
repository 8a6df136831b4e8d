package vn.subsidyflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.subsidyflow.shared.DomainFailure;

class HolidayImportUnitTests {

    @Test
    void aGoodYearIsReadWithNamesTrimmed() {
        assertThat(HolidayImport.check(2031, List.of(new HolidayImport.Row(2, "2031-01-01", " Tết Dương lịch ", "New Year's Day"))))
                .containsExactly(new Holiday(LocalDate.of(2031, 1, 1), "Tết Dương lịch", "New Year's Day"));
    }

    @Test
    void everyBadRowIsNamedAndNothingIsReturned() {
        List<HolidayImport.Row> rows = List.of(
                new HolidayImport.Row(2, "2031-01-01", "Tết", "New Year"),
                new HolidayImport.Row(3, "01/05/2031", "Quốc tế Lao động", "Labour Day"),
                new HolidayImport.Row(4, "2030-09-02", "Quốc khánh", "National Day"),
                new HolidayImport.Row(5, "2031-01-01", "Lại", "Again"),
                new HolidayImport.Row(6, "2031-09-02", "", "x".repeat(201)));
        assertThatThrownBy(() -> HolidayImport.check(2031, rows)).isInstanceOfSatisfying(DomainFailure.class, f -> {
            assertThat(f.code()).isEqualTo("INVALID_HOLIDAY_FILE");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> bad = (List<Map<String, Object>>) f.details().get("rows");
            assertThat(bad).extracting(e -> e.get("line") + ":" + e.get("field") + ":" + e.get("code")).containsExactly(
                    "3:day:INVALID_DATE", "4:day:INVALID_DATE", "5:day:HOLIDAY_EXISTS", "6:nameVi:INVALID_HOLIDAY",
                    "6:nameEn:TOO_LONG");
        });
        assertThatThrownBy(() -> HolidayImport.check(2031, List.of()))
                .isInstanceOfSatisfying(DomainFailure.class, f -> assertThat(f.code()).isEqualTo("INVALID_HOLIDAY_FILE"));
    }
}

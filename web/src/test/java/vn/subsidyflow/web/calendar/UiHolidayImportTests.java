package vn.subsidyflow.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import vn.subsidyflow.calendar.Holiday;
import vn.subsidyflow.web.support.UiTestSupport;

/** An administrator imports a year's holidays from a CSV file in the page: all of it, or none of it with each bad row named. */
class UiHolidayImportTests extends UiTestSupport {

    @Test
    void shouldImportAGoodFileAndRefuseABadOneWholeNamingEachRow() throws Exception {
        String bad = "day,nameVi,nameEn\n2093-01-01,Tết Dương lịch,New Year's Day\n2093-13-01,Sai,Wrong\n2092-09-02,Quốc khánh,National Day\n";
        mvc.perform(multipart("/admin/holidays/import").file(csv(bad)).param("year", "2093").with(as("admin")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"import-error\"")))
                .andExpect(content().string(containsString("Dòng 3, cột day")))
                .andExpect(content().string(containsString("Dòng 4, cột day")));
        assertThat(calendar.holidays(2093)).as("nothing of a refused file").isEmpty();

        String good = "\uFEFFday,nameVi,nameEn\r\n2093-01-01,Tết Dương lịch,New Year's Day\r\n2093-09-02,Quốc khánh,National Day\r\n";
        try {
            mvc.perform(multipart("/admin/holidays/import").file(csv(good)).param("year", "2093").with(as("admin")).with(csrf()))
                    .andExpect(redirectedUrl("/admin/holidays?year=2093"));
            assertThat(calendar.holidays(2093)).containsExactly(
                    new Holiday(LocalDate.of(2093, 1, 1), "Tết Dương lịch", "New Year's Day"),
                    new Holiday(LocalDate.of(2093, 9, 2), "Quốc khánh", "National Day"));
            mvc.perform(multipart("/admin/holidays/import").file(csv(good)).param("year", "2093").with(as("reviewer")).with(csrf()))
                    .andExpect(status().isForbidden());
        } finally {
            calendar.holidays(2093).forEach(h -> calendar.removeHoliday(h.day()));
        }
    }

    private static MockMultipartFile csv(String text) {
        return new MockMultipartFile("file", "holidays.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }
}

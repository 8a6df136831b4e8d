package vn.subsidyflow.web.calendar;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.subsidyflow.web.security.ApiSlice.as;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.subsidyflow.calendar.Holiday;
import vn.subsidyflow.calendar.HolidayImport;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.web.security.ApiSlice;

/** The holidays API at the edge: who may change the calendar, and what the file and requests must look like. */
@WebMvcTest(HolidayController.class)
@Import(ApiSlice.class)
class HolidayControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkingDayCalendar calendar;

    @Test
    void anyoneSignedInReadsAYearAndAnAdministratorAddsAndRemovesADay() throws Exception {
        given(calendar.holidays(2031)).willReturn(List.of(new Holiday(LocalDate.of(2031, 1, 1), "Tết Dương lịch", "New Year's Day")));
        mvc.perform(get("/api/v1/holidays").param("year", "2031").with(as("applicant1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].day").value("2031-01-01"))
                .andExpect(jsonPath("$[0].nameEn").value("New Year's Day"));
        mvc.perform(get("/api/v1/holidays").param("year", "1800").with(as("reviewer")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("INVALID_YEAR"));

        mvc.perform(post("/api/v1/holidays").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"day\":\"2031-09-03\",\"nameVi\":\" Nghỉ bù \",\"nameEn\":\"Swap day\"}").with(as("admin")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.nameVi").value("Nghỉ bù"));
        verify(calendar).addHoliday(new Holiday(LocalDate.of(2031, 9, 3), "Nghỉ bù", "Swap day"));
        mvc.perform(delete("/api/v1/holidays/2031-09-03").with(as("admin"))).andExpect(status().isNoContent());
        verify(calendar).removeHoliday(LocalDate.of(2031, 9, 3));
        mvc.perform(delete("/api/v1/holidays/03-09-2031").with(as("admin")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"intake", "reviewer", "approver", "finance", "auditor", "applicant1"})
    void onlyAnAdministratorChangesTheCalendar(String user) throws Exception {
        mvc.perform(post("/api/v1/holidays").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"day\":\"2031-09-03\",\"nameVi\":\"x\",\"nameEn\":\"x\"}").with(as(user)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mvc.perform(delete("/api/v1/holidays/2031-09-03").with(as(user))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/holidays/imports").param("year", "2031").contentType("text/csv")
                        .content("day,nameVi,nameEn\n2031-01-01,Tết,New Year\n").with(as(user)))
                .andExpect(status().isForbidden());
        verifyNoInteractions(calendar);
    }

    @Test
    void aYearsFileIsReadWithItsLineNumbersAndAFileWithoutTheHeaderIsRefused() throws Exception {
        given(calendar.importHolidays(anyInt(), any())).willReturn(new HolidayImport.Result(2031, 1, 1));
        mvc.perform(post("/api/v1/holidays/imports").param("year", "2031").contentType("text/csv")
                        .content("\uFEFFday,nameVi,nameEn\r\n2031-01-01,Tết Dương lịch,New Year's Day\r\n\r\n"
                                + "2031-09-02,\"Quốc khánh, 2/9\",National Day\r\n").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(1))
                .andExpect(jsonPath("$.updated").value(1));
        verify(calendar).importHolidays(eq(2031), argThat(rows -> rows.equals(List.of(
                new HolidayImport.Row(2, "2031-01-01", "Tết Dương lịch", "New Year's Day"),
                new HolidayImport.Row(4, "2031-09-02", "Quốc khánh, 2/9", "National Day")))));

        mvc.perform(post("/api/v1/holidays/imports").param("year", "2031").contentType("text/csv")
                        .content("2031-01-01,Tết,New Year\n").with(as("admin")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("INVALID_HOLIDAY_FILE"));
        mvc.perform(post("/api/v1/holidays/imports").param("year", "1800").contentType("text/csv")
                        .content("day,nameVi,nameEn\n").with(as("admin")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("INVALID_YEAR"));
    }
}

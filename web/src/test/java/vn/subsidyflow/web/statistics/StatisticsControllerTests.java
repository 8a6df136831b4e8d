package vn.subsidyflow.web.statistics;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.subsidyflow.web.security.ApiSlice.as;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.subsidyflow.statistics.LeaderStatistics;
import vn.subsidyflow.statistics.LeaderStatistics.OnTime;
import vn.subsidyflow.statistics.LeaderStatistics.Overdue;
import vn.subsidyflow.statistics.Statistics;
import vn.subsidyflow.web.security.ApiSlice;

/** The statistics endpoint at the edge: its readers and the form of its months. */
@WebMvcTest(StatisticsController.class)
@Import(ApiSlice.class)
class StatisticsControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Statistics statistics;

    @ParameterizedTest
    @ValueSource(strings = {"approver", "admin", "auditor", "finance"})
    void leadersReadTheMonthsAsked(String reader) throws Exception {
        given(statistics.of(YearMonth.of(2026, 1), YearMonth.of(2026, 3))).willReturn(figures());
        mvc.perform(get("/api/v1/statistics").param("from", "2026-01").param("to", "2026-03").with(as(reader)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2026-01"))
                .andExpect(jsonPath("$.received").value(10))
                .andExpect(jsonPath("$.onTime.ratePct").value(75.0))
                .andExpect(jsonPath("$.onTime.withAppointment").value(4));
    }

    @Test
    void withoutMonthsItAsksForTheDefaultPeriod() throws Exception {
        given(statistics.of(null, null)).willReturn(figures());
        mvc.perform(get("/api/v1/statistics").with(as("approver"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.done").value(5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"applicant1", "intake", "reviewer"})
    void othersMayNotReadThem(String other) throws Exception {
        mvc.perform(get("/api/v1/statistics").with(as(other)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        verifyNoInteractions(statistics);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13", "2026", "01/2026", "x"})
    void aMonthIsYearDashMonth(String month) throws Exception {
        mvc.perform(get("/api/v1/statistics").param("from", month).with(as("approver")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("INVALID_PERIOD"));
        verifyNoInteractions(statistics);
    }

    private static LeaderStatistics figures() {
        return new LeaderStatistics(YearMonth.of(2026, 1), YearMonth.of(2026, 3), 10, 4, 5, 1, List.of(), List.of(),
                new OnTime(5, 4, 3, 75.0), List.of(), new Overdue(0, List.of()), List.of());
    }

}

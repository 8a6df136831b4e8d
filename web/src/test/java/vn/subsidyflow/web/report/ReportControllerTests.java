package vn.subsidyflow.web.report;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.report.PeriodReport;
import vn.subsidyflow.report.PeriodReportRow;
import vn.subsidyflow.report.PeriodReports;
import vn.subsidyflow.report.Breakdown;
import vn.subsidyflow.report.LedgerCheck;
import vn.subsidyflow.report.ReportFilter;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;
import vn.subsidyflow.web.security.ApiSlice;

/** The period report at the edge: its readers and the forms of a period. */
@WebMvcTest(ReportController.class)
@Import(ApiSlice.class)
class ReportControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    PeriodReports reports;

    @ParameterizedTest
    @ValueSource(strings = {"admin", "auditor", "finance", "approver"})
    void readersGetTheYearsReport(String reader) throws Exception {
        given(reports.years(2025, 2026)).willReturn(new PeriodReport(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31),
                List.of(new PeriodReportRow(2026, Category.MANAGEMENT_SYSTEM, 3, 2, 90, 30))));
        mvc.perform(get("/api/v1/reports/period").param("fromYear", "2025").param("toYear", "2026").with(as(reader)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2025-01-01"))
                .andExpect(jsonPath("$.dossiers").value(3))
                .andExpect(jsonPath("$.rows[0].category").value("MANAGEMENT_SYSTEM"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"applicant1", "intake", "reviewer"})
    void othersMayNotReadIt(String other) throws Exception {
        mvc.perform(get("/api/v1/reports/period").param("fromYear", "2025").param("toYear", "2026").with(as(other)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        verifyNoInteractions(reports);
    }

    @Test
    void aPeriodIsDatesOrYearsInRangeNeverBoth() throws Exception {
        mvc.perform(get("/api/v1/reports/period").param("from", "2025-01-01").param("fromYear", "2025").with(as("auditor")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("INVALID_PERIOD"));
        mvc.perform(get("/api/v1/reports/period").param("from", "1999-01-01").param("to", "2025-01-01").with(as("auditor")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("INVALID_PERIOD"));
        mvc.perform(get("/api/v1/reports/period").param("fromYear", "twenty").with(as("auditor")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
        verifyNoInteractions(reports);
        given(reports.years(2000, 2030)).willThrow(new DomainFailure(FailureCode.INVALID_YEARS, "at most 20 years"));
        mvc.perform(get("/api/v1/reports/period").param("fromYear", "2000").param("toYear", "2030").with(as("auditor")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("INVALID_YEARS"));
    }

    @Test
    void theFilterReachesTheReportAndTheBreakdownsComeBack() throws Exception {
        ReportFilter filter = new ReportFilter(Category.MANAGEMENT_SYSTEM, "ISO_9001", 7L);
        Breakdown iso = new Breakdown("ISO_9001", null, "Áp dụng ISO 9001", "Adopting ISO 9001", 2, 3, 90, 30);
        given(reports.years(2021, 2025, filter)).willReturn(new PeriodReport(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31),
                filter, 2, List.of(new PeriodReportRow(2025, Category.MANAGEMENT_SYSTEM, 3, 2, 90, 30)), List.of(), List.of(iso),
                List.of(), new LedgerCheck(30, 30, 5)));
        mvc.perform(get("/api/v1/reports/period").param("fromYear", "2021").param("toYear", "2025")
                        .param("category", "MANAGEMENT_SYSTEM").param("supportItem", "ISO_9001").param("policyVersion", "7")
                        .with(as("finance")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.businesses").value(2))
                .andExpect(jsonPath("$.supportItem").value("ISO_9001"))
                .andExpect(jsonPath("$.bySupportItem[0].nameEn").value("Adopting ISO 9001"))
                .andExpect(jsonPath("$.ledger.netPaidVnd").value(25))
                .andExpect(jsonPath("$.ledger.matches").value(true));
    }
}

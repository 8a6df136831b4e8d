package vn.subsidyflow.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.subsidyflow.web.security.ApiSlice.as;

import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.print.PdfPrinter;
import vn.subsidyflow.report.Breakdown;
import vn.subsidyflow.report.LedgerCheck;
import vn.subsidyflow.report.PeriodReport;
import vn.subsidyflow.report.PeriodReportRow;
import vn.subsidyflow.report.PeriodReports;
import vn.subsidyflow.report.ReportFilter;
import vn.subsidyflow.web.security.ApiSlice;

/** The report's files at the edge: who may take them, and what each holds of a given report. */
@WebMvcTest(ReportExportController.class)
@Import({ApiSlice.class, ReportExports.class, PdfPrinter.class})
class ReportExportControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    PeriodReports reports;

    private static final PeriodReport REPORT = new PeriodReport(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31),
            ReportFilter.NONE, 198, List.of(new PeriodReportRow(2025, Category.MANAGEMENT_SYSTEM, 250, 198, 14_500_000_000L,
            14_161_000_000L)), List.of(), List.of(new Breakdown("=ISO", null, "=HYPERLINK(\"x\")", null, 198, 250,
            14_500_000_000L, 14_161_000_000L)), List.of(), new LedgerCheck(14_161_000_000L, 14_161_000_000L, 0));

    @Test
    void theCsvHoldsTheFiguresAndNeutralisesFormulas() throws Exception {
        given(reports.years(2020, 2025)).willReturn(REPORT);
        String csv = mvc.perform(get("/api/v1/reports/period.csv").param("fromYear", "2020").param("toYear", "2025")
                        .with(as("auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("TOTAL,,,,198,250,14500000000,14161000000")
                .contains("SUPPORT_ITEM,,'=ISO,\"'=HYPERLINK(\"\"x\"\")\",198");
    }

    @Test
    void thePdfSaysTheDepartmentsSentence() throws Exception {
        given(reports.years(2020, 2025)).willReturn(REPORT);
        byte[] pdf = mvc.perform(get("/api/v1/reports/period.pdf").param("fromYear", "2020").param("toYear", "2025")
                        .with(as("approver")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Giai đoạn 2020–2025, đã hỗ trợ 198 cơ sở sản xuất, kinh doanh với tổng kinh phí 14.161.000.000 đồng");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"applicant1", "intake", "reviewer"})
    void othersMayNotTakeThem(String other) throws Exception {
        for (String format : List.of("csv", "xlsx", "pdf")) {
            mvc.perform(get("/api/v1/reports/period." + format).param("fromYear", "2020").param("toYear", "2025").with(as(other)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        }
        verifyNoInteractions(reports);
    }
}

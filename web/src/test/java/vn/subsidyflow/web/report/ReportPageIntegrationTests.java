package vn.subsidyflow.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.subsidyflow.web.report.ReportHistory.Dossier;
import vn.subsidyflow.web.support.UiTestSupport;

/**
 * The report page and its three exports over a generated history: the sentences with the figures
 * counted here from the dossiers, the XLSX read back with POI (numbers as numbers, đồng format, one
 * sheet per breakdown), the PDF's text read back with PDFBox, and the CSV.
 */
class ReportPageIntegrationTests extends UiTestSupport {

    static ReportHistory history;

    @Autowired
    JdbcTemplate jdbc;

    long businesses;
    long dossiers;
    long approved;
    long paid;
    String years;

    @BeforeEach
    void history() {
        if (history == null) {
            history = ReportHistory.insert(jdbc);
        }
        List<Dossier> supported = history.dossiers.stream().filter(Dossier::supported).toList();
        businesses = supported.stream().map(d -> d.business().id()).distinct().count();
        dossiers = supported.size();
        approved = supported.stream().mapToLong(Dossier::approvedVnd).sum();
        paid = supported.stream().mapToLong(Dossier::paidVnd).sum();
        years = "?fromYear=" + history.year + "&toYear=" + (history.year + 1);
    }

    @Test
    void shouldSayThePeriodsFiguresInVietnameseAndEnglish() throws Exception {
        String period = "Giai đoạn " + history.year + "–" + (history.year + 1);
        mvc.perform(get("/reports" + years).with(as("approver"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(period + ", đã hỗ trợ " + businesses
                        + " cơ sở sản xuất, kinh doanh với tổng kinh phí " + ReportText.grouped(paid, java.util.Locale.forLanguageTag("vi")) + " đồng.")))
                .andExpect(content().string(containsString("Đã quyết định hỗ trợ " + dossiers + " hồ sơ")))
                .andExpect(content().string(containsString("Áp dụng hệ thống quản lý ISO")))
                .andExpect(content().string(containsString("/reports/period.xlsx" + years.replace("&", "&amp;"))));
        mvc.perform(get("/reports" + years).with(as("finance")).cookie(new Cookie("sf-lang", "en"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(businesses + " production and business establishments were supported")))
                .andExpect(content().string(containsString("Adopting an ISO management system")));
        mvc.perform(get("/reports").with(as("auditor"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Giai đoạn")));
        mvc.perform(get("/reports?fromYear=2025&toYear=2021").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("flash-error")));
    }

    @Test
    void shouldExportAWorkbookWithNumbersAsNumbersAndASheetPerBreakdown() throws Exception {
        byte[] xlsx = mvc.perform(get("/reports/period.xlsx" + years).with(as("auditor"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(5);
            assertThat(book.getSheetName(0)).isEqualTo("Kinh phí thực hiện");
            Sheet summary = book.getSheetAt(0);
            assertThat(summary.getRow(1).getCell(0).getStringCellValue()).contains("đã hỗ trợ " + businesses + " cơ sở");
            assertThat(summary.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Số cơ sở");
            Cell businessesCell = summary.getRow(6).getCell(0);
            assertThat(businessesCell.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat((long) businessesCell.getNumericCellValue()).isEqualTo(businesses);
            Cell approvedCell = summary.getRow(6).getCell(2);
            assertThat((long) approvedCell.getNumericCellValue()).isEqualTo(approved);
            assertThat(approvedCell.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat((long) summary.getRow(6).getCell(3).getNumericCellValue()).isEqualTo(paid);
            Sheet items = book.getSheet("Theo nội dung hỗ trợ");
            long itemApproved = 0;
            for (int r = 1; r <= items.getLastRowNum(); r++) {
                itemApproved += (long) items.getRow(r).getCell(3).getNumericCellValue();
            }
            assertThat(itemApproved).isEqualTo(approved);
            assertThat(book.getSheet("Theo năm ngân sách và lĩnh vực").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Năm ngân sách");
        }
    }

    @Test
    void shouldPrintTheReportSectionAsPdf() throws Exception {
        byte[] pdf = mvc.perform(get("/reports/period.pdf" + years).with(as("auditor"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Kinh phí thực hiện")
                    .contains("đã hỗ trợ " + businesses + " cơ sở sản xuất, kinh doanh với tổng kinh phí "
                            + ReportText.grouped(paid, java.util.Locale.forLanguageTag("vi")) + " đồng")
                    .contains(ReportText.grouped(approved, java.util.Locale.forLanguageTag("vi")))
                    .contains("Hệ thống quản lý");
        }
    }

    @Test
    void shouldExportTheSameFiguresAsCsvFromThePageAndTheApi() throws Exception {
        String page = mvc.perform(get("/reports/period.csv" + years).with(as("finance"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).startsWith("\uFEFFbreakdown,fiscalYear,key,name,businesses,dossiers,approvedVnd,paidVnd")
                .contains("TOTAL,,,," + businesses + "," + dossiers + "," + approved + "," + paid)
                .contains("SUPPORT_ITEM,,RPT_ISO,");
        String api = mvc.perform(get("/api/v1/reports/period.csv" + years).with(as("finance"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat("\uFEFF" + api).isEqualTo(page);
        mvc.perform(get("/api/v1/reports/period.csv" + years).with(as("reviewer"))).andExpect(status().isForbidden());
    }
}

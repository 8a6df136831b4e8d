package vn.subsidyflow.web.disclosure;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.report.DisclosedSupport;
import vn.subsidyflow.report.Disclosures;
import vn.subsidyflow.web.budget.CsvCells;

/**
 * The year's disclosure as CSV and as an Excel workbook, streamed row by row (a year may hold many
 * thousands of decisions): the same columns as the page, headers in the reader's language, the
 * amount a number ({@code #,##0} in the workbook), text neutralised against formulas.
 */
@Component
class DisclosureFiles {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Rows on one page of the public page (the API allows up to {@link Disclosures#MAX_PAGE_SIZE}). */
    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] KEYS = {"disclosure.business", "disclosure.itemCode", "disclosure.item", "disclosure.amount",
            "disclosure.decisionNumber", "disclosure.decisionDate"};

    private final Disclosures disclosures;
    private final MessageSource messages;

    DisclosureFiles(Disclosures disclosures, MessageSource messages) {
        this.disclosures = disclosures;
        this.messages = messages;
    }

    void csv(int year, Category category, Locale locale, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"disclosure-" + year + ".csv\"");
        Writer writer = response.getWriter();
        writer.write('\uFEFF');
        boolean english = english(locale);
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(headers(locale)).get().print(writer)) {
            disclosures.forEach(year, category, s -> {
                try {
                    csv.printRecord(CsvCells.text(s.businessName()), CsvCells.text(s.supportItemCode()),
                            CsvCells.text(s.supportItemName(english)), s.approvedVnd(), CsvCells.text(s.decisionNumber()),
                            s.decisionDate());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
        }
    }

    void xlsx(int year, Category category, Locale locale, HttpServletResponse response) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"disclosure-" + year + ".xlsx\"");
        boolean english = english(locale);
        // Keeps 100 rows in memory and the rest in a temporary file, whatever the year holds.
        SXSSFWorkbook book = new SXSSFWorkbook(100);
        try {
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            Sheet sheet = book.createSheet(String.valueOf(year));
            Row head = sheet.createRow(0);
            String[] headers = headers(locale);
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(headers[i]);
            }
            int[] at = {1};
            disclosures.forEach(year, category, s -> {
                Row row = sheet.createRow(at[0]++);
                row.createCell(0).setCellValue(s.businessName());
                row.createCell(1).setCellValue(s.supportItemCode());
                row.createCell(2).setCellValue(s.supportItemName(english));
                var amount = row.createCell(3);
                amount.setCellValue(s.approvedVnd());
                amount.setCellStyle(money);
                row.createCell(4).setCellValue(s.decisionNumber());
                row.createCell(5).setCellValue(s.decisionDate() == null ? "" : DAY.format(s.decisionDate()));
            });
            book.write(response.getOutputStream());
        } finally {
            book.close();
        }
    }

    private String[] headers(Locale locale) {
        String[] headers = new String[KEYS.length];
        for (int i = 0; i < KEYS.length; i++) {
            headers[i] = messages.getMessage(KEYS[i], null, locale);
        }
        return headers;
    }

    static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}

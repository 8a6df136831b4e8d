package vn.subsidyflow.web.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import vn.subsidyflow.report.Breakdown;
import vn.subsidyflow.report.PeriodReport;
import vn.subsidyflow.report.PeriodReportRow;

/**
 * The period report as an Excel workbook (Apache POI): a summary sheet with the sentences and the
 * totals, then one sheet per breakdown. Counts and đồng are numeric cells with the format
 * {@code #,##0}, so Excel sums them and groups them as the reader's locale does (with dots in
 * Vietnamese Excel); headers are in the reader's language (Vietnamese by default).
 */
final class ReportWorkbook {

    private final XSSFWorkbook book = new XSSFWorkbook();
    private final CellStyle number;
    private final CellStyle header;
    private final MessageSource messages;
    private final Locale locale;

    private ReportWorkbook(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        number = book.createCellStyle();
        number.setDataFormat(book.createDataFormat().getFormat("#,##0"));
        header = book.createCellStyle();
        Font bold = book.createFont();
        bold.setBold(true);
        header.setFont(bold);
    }

    static byte[] of(PeriodReport r, ReportText text, MessageSource messages, Locale locale) {
        try (ReportWorkbookCloser closer = new ReportWorkbookCloser(new ReportWorkbook(messages, locale))) {
            return closer.workbook().write(r, text);
        }
    }

    private byte[] write(PeriodReport r, ReportText text) {
        Sheet summary = book.createSheet(label("report.section"));
        int at = 0;
        for (String line : List.of(text.title(), text.businessesSentence(), text.approvedSentence(), text.ledgerSentence())) {
            summary.createRow(at++).createCell(0).setCellValue(line);
        }
        at++;
        headerRow(summary, at++, "report.businesses", "report.dossiers", "report.approved", "report.paid");
        numbers(summary.createRow(at), 0, r.businesses(), r.dossiers(), r.approvedVnd(), r.paidVnd());

        Sheet years = book.createSheet(label("report.byYear"));
        headerRow(years, 0, "report.fiscalYear", "report.category", "report.businesses", "report.dossiers", "report.approved",
                "report.paid");
        int y = 1;
        for (PeriodReportRow row : r.rows()) {
            Row line = years.createRow(y++);
            line.createCell(0).setCellValue(row.fiscalYear());
            line.createCell(1).setCellValue(category(row.category().name()));
            numbers(line, 2, row.businesses(), row.dossiers(), row.approvedVnd(), row.paidVnd());
        }
        breakdown("report.byCategory", r.byCategory(), true);
        breakdown("report.bySupportItem", r.bySupportItem(), false);
        breakdown("report.byPolicyVersion", r.byPolicyVersion(), false);
        for (int s = 0; s < book.getNumberOfSheets(); s++) {
            for (int c = 0; c < 6; c++) {
                book.getSheetAt(s).setColumnWidth(c, (s == 0 && c == 0 ? 30 : 22) * 256);
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void breakdown(String titleKey, List<Breakdown> rows, boolean categories) {
        Sheet sheet = book.createSheet(label(titleKey));
        headerRow(sheet, 0, titleKey + ".name", "report.businesses", "report.dossiers", "report.approved", "report.paid");
        int at = 1;
        for (Breakdown b : rows) {
            Row line = sheet.createRow(at++);
            line.createCell(0).setCellValue(categories ? category(b.key())
                    : b.key() + " · " + b.name(ReportExports.english(locale)));
            numbers(line, 1, b.businesses(), b.dossiers(), b.approvedVnd(), b.paidVnd());
        }
    }

    private void headerRow(Sheet sheet, int at, String... keys) {
        Row row = sheet.createRow(at);
        for (int i = 0; i < keys.length; i++) {
            var cell = row.createCell(i);
            cell.setCellValue(label(keys[i]));
            cell.setCellStyle(header);
        }
    }

    private void numbers(Row row, int from, long... values) {
        for (int i = 0; i < values.length; i++) {
            var cell = row.createCell(from + i);
            cell.setCellValue(values[i]);
            cell.setCellStyle(number);
        }
    }

    private String label(String key) {
        return messages.getMessage(key, null, locale);
    }

    private String category(String key) {
        return messages.getMessage("category." + key, null, key, locale);
    }

    /** Closes the workbook's temporary parts whatever happens while writing. */
    private record ReportWorkbookCloser(ReportWorkbook workbook) implements AutoCloseable {
        @Override
        public void close() {
            try {
                workbook.book.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

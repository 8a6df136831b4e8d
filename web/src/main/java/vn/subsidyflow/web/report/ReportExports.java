package vn.subsidyflow.web.report;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.subsidyflow.print.PdfPrinter;
import vn.subsidyflow.report.Breakdown;
import vn.subsidyflow.report.PeriodReport;
import vn.subsidyflow.report.PeriodReportRow;
import vn.subsidyflow.web.budget.CsvCells;

/**
 * The period report as files, the same for the API and the page: CSV (one table, a row per figure
 * group, for programs), XLSX ({@link ReportWorkbook}) and PDF (the Department's "Kinh phí thực hiện"
 * section: the sentences, then the table, printed by {@link PdfPrinter}).
 */
@Component
class ReportExports {

    static final String[] CSV_HEADER = {"breakdown", "fiscalYear", "key", "name", "businesses", "dossiers", "approvedVnd",
            "paidVnd"};

    private final PdfPrinter printer;
    private final MessageSource messages;

    ReportExports(PdfPrinter printer, MessageSource messages) {
        this.printer = printer;
        this.messages = messages;
    }

    /** Writes the report in {@code format}, the extension of the path asked for: csv, xlsx or pdf. */
    void write(String format, PeriodReport r, Locale locale, HttpServletResponse response, boolean forSpreadsheets)
            throws IOException {
        switch (format) {
            case "csv" -> csv(r, locale, response, forSpreadsheets);
            case "xlsx" -> xlsx(r, locale, response);
            case "pdf" -> pdf(r, locale, response);
            default -> throw new IllegalArgumentException("No report format " + format);
        }
    }

    void csv(PeriodReport r, Locale locale, HttpServletResponse response, boolean forSpreadsheets) throws IOException {
        attachment(response, "text/csv", "report.csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer writer = response.getWriter();
        if (forSpreadsheets) {
            writer.write('\uFEFF');
        }
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get().print(writer)) {
            csv.printRecord("TOTAL", null, null, null, r.businesses(), r.dossiers(), r.approvedVnd(), r.paidVnd());
            for (PeriodReportRow row : r.rows()) {
                csv.printRecord("FISCAL_YEAR_CATEGORY", row.fiscalYear(), row.category(), categoryName(row.category().name(), locale),
                        row.businesses(), row.dossiers(), row.approvedVnd(), row.paidVnd());
            }
            for (Breakdown b : r.byCategory()) {
                csv.printRecord("CATEGORY", null, b.key(), categoryName(b.key(), locale), b.businesses(), b.dossiers(),
                        b.approvedVnd(), b.paidVnd());
            }
            for (Breakdown b : r.bySupportItem()) {
                csv.printRecord("SUPPORT_ITEM", null, CsvCells.text(b.key()), CsvCells.text(b.name(english(locale))),
                        b.businesses(), b.dossiers(), b.approvedVnd(), b.paidVnd());
            }
            for (Breakdown b : r.byPolicyVersion()) {
                csv.printRecord("POLICY_VERSION", null, CsvCells.text(b.key()), CsvCells.text(b.name(english(locale))),
                        b.businesses(), b.dossiers(), b.approvedVnd(), b.paidVnd());
            }
            csv.flush();
        }
    }

    void xlsx(PeriodReport r, Locale locale, HttpServletResponse response) throws IOException {
        byte[] book = ReportWorkbook.of(r, ReportText.of(r, messages, locale), messages, locale);
        attachment(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "report.xlsx");
        response.setContentLength(book.length);
        response.getOutputStream().write(book);
    }

    void pdf(PeriodReport r, Locale locale, HttpServletResponse response) throws IOException {
        byte[] pdf = printer.print("report/period", locale, pdfModel(r, locale));
        attachment(response, "application/pdf", "report.pdf");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    /** Everything the print template shows, already in words and grouped numbers: it has no message source. */
    Map<String, Object> pdfModel(PeriodReport r, Locale locale) {
        ReportText text = ReportText.of(r, messages, locale);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", text.title());
        model.put("section", messages.getMessage("report.section", null, locale));
        model.put("sentences", List.of(text.businessesSentence(), text.approvedSentence(), text.ledgerSentence()));
        model.put("header", List.of(label("report.fiscalYear", locale), label("report.category", locale),
                label("report.businesses", locale), label("report.dossiers", locale), label("report.approved", locale),
                label("report.paid", locale)));
        List<List<String>> rows = new ArrayList<>();
        for (PeriodReportRow row : r.rows()) {
            rows.add(List.of(String.valueOf(row.fiscalYear()), categoryName(row.category().name(), locale),
                    ReportText.grouped(row.businesses(), locale), ReportText.grouped(row.dossiers(), locale),
                    ReportText.grouped(row.approvedVnd(), locale), ReportText.grouped(row.paidVnd(), locale)));
        }
        model.put("rows", rows);
        model.put("total", List.of(label("report.total", locale), "", ReportText.grouped(r.businesses(), locale),
                ReportText.grouped(r.dossiers(), locale), ReportText.grouped(r.approvedVnd(), locale),
                ReportText.grouped(r.paidVnd(), locale)));
        List<List<String>> items = new ArrayList<>();
        for (Breakdown b : r.bySupportItem()) {
            items.add(List.of(b.name(english(locale)), ReportText.grouped(b.businesses(), locale),
                    ReportText.grouped(b.dossiers(), locale), ReportText.grouped(b.approvedVnd(), locale),
                    ReportText.grouped(b.paidVnd(), locale)));
        }
        model.put("itemsTitle", label("report.bySupportItem", locale));
        model.put("itemsHeader", List.of(label("report.bySupportItem.name", locale), label("report.businesses", locale),
                label("report.dossiers", locale), label("report.approved", locale), label("report.paid", locale)));
        model.put("items", items);
        return model;
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private String categoryName(String category, Locale locale) {
        return messages.getMessage("category." + category, null, category, locale);
    }

    static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    private static void attachment(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }
}

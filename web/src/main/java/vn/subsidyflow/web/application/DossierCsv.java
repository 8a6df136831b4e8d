package vn.subsidyflow.web.application;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.subsidyflow.application.ApplicationSummary;
import vn.subsidyflow.web.budget.CsvCells;

/**
 * The staff search's results as CSV: RFC 4180, UTF-8 with a byte-order mark (spreadsheets then read
 * the Vietnamese names right), a header row, one row per dossier, streamed as they are read. What
 * people typed (business name, title, tax code, decision number) goes through {@link CsvCells}, as
 * in the ledger's export; ids, amounts, codes, the status and dates go out as they are.
 */
final class DossierCsv implements AutoCloseable {

    static final String[] HEADER = {"id", "status", "organisationName", "taxCode", "policyCode", "supportItemCode",
            "category", "title", "eligibleCostVnd", "maxSupportVnd", "approvedAmountVnd", "paidAmountVnd", "submittedAt",
            "decisionNumber", "decisionDate"};

    private final CSVPrinter csv;

    private DossierCsv(CSVPrinter csv) {
        this.csv = csv;
    }

    static DossierCsv download(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"dossiers.csv\"");
        Writer writer = response.getWriter();
        writer.write('\uFEFF');
        return new DossierCsv(CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(writer));
    }

    void write(ApplicationSummary a) {
        try {
            csv.printRecord(a.id(), a.status(), CsvCells.text(a.organisationName()), CsvCells.text(a.taxCode()),
                    a.policyCode(), a.supportItemCode(), a.category(), CsvCells.text(a.title()), a.eligibleCostVnd(),
                    a.maxSupportVnd(), a.approvedAmountVnd(), a.paidAmountVnd(), a.submittedAt(),
                    CsvCells.text(a.decisionNumber()), a.decisionDate());
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
    }

    /** Flushes what is written; the response itself is closed by the container. */
    @Override
    public void close() throws IOException {
        csv.flush();
    }
}

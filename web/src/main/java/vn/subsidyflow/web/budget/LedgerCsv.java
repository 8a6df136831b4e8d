package vn.subsidyflow.web.budget;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.subsidyflow.budget.LedgerEntry;

/**
 * The ledger as CSV, the one format of both exports (the API's and the finance page's): RFC 4180,
 * UTF-8, a header row, one row per entry, streamed as the entries are read. Text that people typed
 * is neutralised against formulas ({@link CsvCells}); numbers, the entry type and the instant go
 * out as they are, so a spreadsheet still sums the amounts.
 */
final class LedgerCsv implements AutoCloseable {

    static final String[] HEADER = {"id", "occurredAt", "lineId", "entryType", "amountVnd", "applicationId",
            "otherLineId", "actor", "reason", "documentRef", "idempotencyKey"};

    private final CSVPrinter csv;

    private LedgerCsv(CSVPrinter csv) {
        this.csv = csv;
    }

    /**
     * Starts the download {@code ledger.csv}. {@code forSpreadsheets} puts a byte-order mark first, so that
     * spreadsheet programs read the Vietnamese text as UTF-8; programs reading the API need none.
     */
    static LedgerCsv download(HttpServletResponse response, boolean forSpreadsheets) throws IOException {
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"ledger.csv\"");
        Writer writer = response.getWriter();
        if (forSpreadsheets) {
            writer.write('\uFEFF');
        }
        return new LedgerCsv(CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(writer));
    }

    void write(LedgerEntry e) {
        try {
            csv.printRecord(e.id(), e.occurredAt(), e.lineId(), e.entryType(), e.amountVnd(), e.applicationId(),
                    e.otherLineId(), CsvCells.text(e.actor()), CsvCells.text(e.reason()), CsvCells.text(e.documentRef()),
                    CsvCells.text(e.idempotencyKey()));
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

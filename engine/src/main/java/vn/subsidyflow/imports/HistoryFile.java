package vn.subsidyflow.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a history file into rows of text: a CSV file (UTF-8, comma-separated, lines starting with
 * {@code #} are comments) or an XLSX workbook (its first sheet, {@link XlsxRows}, read with Apache POI), told apart by their first bytes.
 * The first row that is not a comment is the header and must name every {@link HistoryColumn} once.
 * Nothing is checked here beyond the shape of the file: the rows are checked by {@link HistoryValidation}.
 */
final class HistoryFile {

    /** What was read: the rows, or the errors that make the file unreadable as a whole (then no rows). */
    record Read(List<RawRow> rows, List<RowError> errors) {
    }

    private HistoryFile() {
    }

    static Read read(byte[] content, int maxRows) {
        if (content.length == 0) {
            return refused(RowError.ofFile(ImportErrorCode.EMPTY_FILE, "The file is empty"));
        }
        try {
            return XlsxRows.isZip(content) ? xlsx(content, maxRows) : csv(content, maxRows);
        } catch (IOException | RuntimeException unreadable) {
            return refused(RowError.ofFile(ImportErrorCode.UNREADABLE_FILE,
                    "The file is neither a UTF-8 CSV file nor an XLSX workbook that can be read: " + unreadable.getMessage()));
        }
    }

    private static Read csv(byte[] content, int maxRows) throws IOException {
        // A spreadsheet's "CSV UTF-8" starts with a byte order mark; it is no part of the first line.
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        Reader reader = new InputStreamReader(new ByteArrayInputStream(content, start, content.length - start),
                StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(false).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return refused(RowError.ofFile(ImportErrorCode.EMPTY_FILE, "The file has no header row"));
            }
            CSVRecord first = records.next();
            List<String> header = new ArrayList<>(first.toList());
            if (!header.isEmpty()) {
                header.set(0, stripBom(header.get(0)));
            }
            Rows rows = new Rows(header, (int) parser.getCurrentLineNumber(), maxRows);
            if (!rows.errors.isEmpty()) {
                return new Read(List.of(), rows.errors);
            }
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (!rows.add((int) parser.getCurrentLineNumber(), record.toList())) {
                    break;
                }
            }
            return rows.read();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                return refused(RowError.ofFile(ImportErrorCode.UNREADABLE_FILE, "The file is not UTF-8 text; save the CSV as UTF-8"));
            }
            throw e;
        }
    }

    private static Read xlsx(byte[] content, int maxRows) throws IOException {
        Rows[] rows = {null};
        XlsxRows.read(content, (number, cells) -> {
            if (rows[0] == null) {
                List<String> header = cells.stream().map(XlsxRows.Cell::text).toList();
                if (header.stream().allMatch(String::isBlank)) {
                    return true;
                }
                rows[0] = new Rows(header, number, maxRows);
                return rows[0].errors.isEmpty();
            }
            return rows[0].addCells(number, cells);
        });
        if (rows[0] == null) {
            return refused(RowError.ofFile(ImportErrorCode.EMPTY_FILE, "The sheet has no header row"));
        }
        return rows[0].errors.isEmpty() ? rows[0].read() : new Read(List.of(), rows[0].errors);
    }

    private static Read refused(RowError error) {
        return new Read(List.of(), List.of(error));
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The rows under a header: which position holds which column, and the row limit. */
    private static final class Rows {

        private final Map<HistoryColumn, Integer> positions = new EnumMap<>(HistoryColumn.class);
        private final List<RawRow> rows = new ArrayList<>();
        private final List<RowError> errors = new ArrayList<>();
        private final int maxRows;
        private final Map<String, String> texts = new HashMap<>();

        Rows(List<String> header, int headerRow, int maxRows) {
            this.maxRows = maxRows;
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i);
                if (name == null || name.isBlank()) {
                    continue;
                }
                int position = i;
                HistoryColumn.named(name).ifPresentOrElse(column -> {
                    if (positions.putIfAbsent(column, position) != null) {
                        errors.add(new RowError(headerRow, column.header(), ImportErrorCode.DUPLICATE_COLUMN,
                                "The column " + column.header() + " appears twice in the header"));
                    }
                }, () -> errors.add(new RowError(headerRow, name.strip(), ImportErrorCode.UNKNOWN_COLUMN,
                        "'" + name.strip() + "' is not a column of a history file")));
            }
            for (HistoryColumn column : HistoryColumn.values()) {
                if (!positions.containsKey(column)) {
                    errors.add(new RowError(headerRow, column.header(), ImportErrorCode.MISSING_COLUMN,
                            "The header has no column " + column.header() + " (or " + column.vietnamese() + ")"));
                }
            }
        }

        /** Adds a row; false (with the error) once the file has more rows than allowed. */
        boolean add(int row, List<String> values) {
            if (values.stream().allMatch(v -> v == null || v.isBlank())) {
                return true;
            }
            if (rows.size() >= maxRows) {
                errors.add(RowError.ofFile(ImportErrorCode.TOO_MANY_ROWS, "The file has more than " + maxRows + " rows; split it"));
                return false;
            }
            String[] texts = new String[COLUMNS.length];
            positions.forEach((column, position) -> texts[column.ordinal()] =
                    shared(column, position < values.size() ? values.get(position) : null));
            rows.add(new RawRow(row, texts));
            return true;
        }

        boolean addCells(int row, List<XlsxRows.Cell> cells) {
            List<String> values = new ArrayList<>();
            int last = positions.values().stream().mapToInt(Integer::intValue).max().orElse(-1);
            for (int i = 0; i <= last; i++) {
                values.add(null);
            }
            positions.forEach((column, position) -> values.set(position,
                    text(column, position < cells.size() ? cells.get(position) : XlsxRows.Cell.EMPTY)));
            return add(row, values);
        }

        /**
         * The text stripped, and one String for the texts that repeat down a file (codes, types, dates,
         * the same business's tax code and name): the rows are held together while checked. A decision
         * number is each row's own; the table of shared texts stops growing at a bound.
         */
        private String shared(HistoryColumn column, String value) {
            if (value == null) {
                return null;
            }
            String text = value.strip();
            if (column == HistoryColumn.DECISION_NUMBER || text.isEmpty()) {
                return text.isEmpty() ? null : text;
            }
            String known = texts.get(text);
            if (known != null) {
                return known;
            }
            if (texts.size() < MAX_SHARED_TEXTS) {
                texts.put(text, text);
            }
            return text;
        }

        Read read() {
            return errors.isEmpty() ? new Read(rows, List.of()) : new Read(List.of(), errors);
        }
    }

    /**
     * A spreadsheet cell as the text a CSV file would hold: a date column's number is the date it
     * stands for (ISO), another number is written out exactly (a fraction stays one, to be refused),
     * text is the text.
     */
    private static String text(HistoryColumn column, XlsxRows.Cell cell) {
        if (!cell.number() || cell.text().isBlank()) {
            return cell.text();
        }
        BigDecimal number;
        try {
            number = new BigDecimal(cell.text().strip());
        } catch (NumberFormatException e) {
            return cell.text();
        }
        if (column.isDate()) {
            // Days since 1899-12-30, the 1900 date system every current spreadsheet program writes.
            if (number.signum() <= 0 || number.compareTo(BigDecimal.valueOf(2_958_465)) > 0) {
                return cell.text();
            }
            return EXCEL_EPOCH.plusDays(number.longValue()).toString();
        }
        return number.stripTrailingZeros().toPlainString();
    }

    private static final HistoryColumn[] COLUMNS = HistoryColumn.values();
    // Enough for every business of the Department's whole history twice over; past it texts are kept as read.
    private static final int MAX_SHARED_TEXTS = 200_000;
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
}

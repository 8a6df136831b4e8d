package vn.subsidyflow.imports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX workbook, row by row, as the text of its cells, read with POI's
 * streaming event API: the sheet's XML goes by once, so memory stays flat however many rows it has.
 * POI guards the unzipping against ZIP bombs ({@code ZipSecureFile}'s limits). A number stays the
 * number it is (not as its cell format shows it); the caller decides what a date column's number means.
 */
final class XlsxRows {

    /** A cell's text, and whether the sheet holds it as a number (a date is one, too). */
    record Cell(String text, boolean number) {
        static final Cell EMPTY = new Cell("", false);
    }

    /**
     * XML text cannot hold U+0000, so no cell's text starts with it: it marks the text the formatter
     * gives a number cell, as the handler tells a cell's text but not its type.
     */
    private static final char NUMBER = '\u0000';

    private XlsxRows() {
    }

    static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /** Calls {@code row} with each row's number (1-based) and cells (by column, empty text for none); false stops. */
    static void read(byte[] content, BiPredicate<Integer, List<Cell>> row) throws IOException {
        // From a file, POI reads each part through the ZIP's central directory and inflates the sheet as it
        // is parsed; from a stream it would first inflate every part into memory (a sheet of 100 000 rows is
        // tens of MB of XML).
        Path file = Files.createTempFile("history-", ".xlsx");
        try {
            Files.write(file, content);
            read(file, row);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void read(Path file, BiPredicate<Integer, List<Cell>> row) throws IOException {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new IOException("The workbook has no sheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = SAXHelper.newXMLReader();
                // Without a styles part every number would come as its raw text, unmarked: a default table marks it.
                parser.setContentHandler(new XSSFSheetXMLHandler(styles != null ? styles : new StylesTable(),
                        new ReadOnlySharedStringsTable(workbook), new Rows(row), new Numbers(), false));
                parser.parse(new InputSource(sheet));
            } catch (Stop stop) {
                // The caller has read enough.
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException("The workbook cannot be read: " + e.getMessage(), e);
        }
    }

    /** A number cell's text: the number itself, marked, whatever format the sheet shows it in. */
    private static final class Numbers extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return NUMBER + BigDecimal.valueOf(value).toPlainString();
        }
    }

    /** Thrown to stop the parsing once the caller wants no more rows. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final BiPredicate<Integer, List<Cell>> consumer;
        private List<Cell> cells = new ArrayList<>();
        private int column;

        Rows(BiPredicate<Integer, List<Cell>> consumer) {
            this.consumer = consumer;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
            column = 0;
        }

        @Override
        public void endRow(int rowNum) {
            if (!consumer.test(rowNum + 1, cells)) {
                throw new Stop();
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            column = reference != null ? new CellReference(reference).getCol() : column;
            while (cells.size() <= column) {
                cells.add(Cell.EMPTY);
            }
            String text = formattedValue == null ? "" : formattedValue;
            cells.set(column, !text.isEmpty() && text.charAt(0) == NUMBER
                    ? new Cell(text.substring(1), true) : new Cell(isoDateTime(text), false));
            column++;
        }

        /** An ISO 8601 date cell (rare; written by some programs) comes as its raw text: its day. */
        private static String isoDateTime(String text) {
            return text.length() > 10 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                    ? text.substring(0, 10) : text;
        }
    }
}

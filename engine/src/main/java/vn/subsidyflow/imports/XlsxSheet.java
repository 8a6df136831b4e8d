package vn.subsidyflow.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The first sheet of an XLSX workbook, row by row, as the text of its cells, read with the JDK alone:
 * a workbook is a ZIP of XML parts (the sheet, the shared strings). A number stays the number as
 * written; the caller decides what a date column's number means. Written here rather than taken
 * from a spreadsheet library: FastExcel's reader brings a StAX implementation that registers itself
 * as the JVM's default and changes how the process engine reads its BPMN files, and POI's
 * poi-ooxml is a large dependency for reading one sheet of text.
 */
final class XlsxSheet {

    /** Sum of the parts' sizes once inflated: far above any real sheet of 200 000 rows, far below a ZIP bomb. */
    static final long MAX_INFLATED = 512L * 1024 * 1024;

    private static final XMLInputFactory XML = XMLInputFactory.newDefaultFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    /** A cell's text as written, and whether the sheet holds it as a number (a date is one, too). */
    record Cell(String text, boolean number) {
        static final Cell EMPTY = new Cell("", false);
    }

    private XlsxSheet() {
    }

    static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /** Calls {@code row} with each row's number (1-based) and cells (by column, empty text for none); false stops. */
    static void read(byte[] content, BiPredicate<Integer, List<Cell>> row) throws IOException {
        Map<String, byte[]> parts = parts(content);
        String sheet = firstSheet(parts);
        byte[] xml = parts.get(sheet);
        if (xml == null) {
            throw new IOException("The workbook has no sheet " + sheet);
        }
        List<String> shared = parts.containsKey("xl/sharedStrings.xml") ? sharedStrings(parts.get("xl/sharedStrings.xml")) : List.of();
        try {
            rows(xml, shared, row);
        } catch (XMLStreamException e) {
            throw new IOException("The sheet cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The parts the sheet needs, found through the ZIP's central directory (as spreadsheet programs
     * read it): a part stored with its sizes only after its data, as some writers do, has no sizes
     * in its local header, which a front-to-back reading of the ZIP cannot handle.
     */
    private static Map<String, byte[]> parts(byte[] content) throws IOException {
        ByteBuffer zip = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
        int end = -1;
        for (int i = content.length - 22; i >= Math.max(0, content.length - 22 - 65_535); i--) {
            if (zip.getInt(i) == 0x06054b50) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new IOException("Not a ZIP file (no central directory)");
        }
        int entries = Short.toUnsignedInt(zip.getShort(end + 10));
        int at = (int) Integer.toUnsignedLong(zip.getInt(end + 16));
        Map<String, byte[]> parts = new HashMap<>();
        long inflated = 0;
        for (int e = 0; e < entries; e++) {
            if (at < 0 || at + 46 > content.length || zip.getInt(at) != 0x02014b50) {
                throw new IOException("A broken ZIP central directory");
            }
            int method = Short.toUnsignedInt(zip.getShort(at + 10));
            long compressed = Integer.toUnsignedLong(zip.getInt(at + 20));
            long size = Integer.toUnsignedLong(zip.getInt(at + 24));
            int nameLength = Short.toUnsignedInt(zip.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(zip.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(zip.getShort(at + 32));
            long local = Integer.toUnsignedLong(zip.getInt(at + 42));
            String name = new String(content, at + 46, nameLength, StandardCharsets.UTF_8);
            at += 46 + nameLength + extraLength + commentLength;
            boolean wanted = name.equals("xl/workbook.xml") || name.equals("xl/_rels/workbook.xml.rels")
                    || name.equals("xl/sharedStrings.xml") || name.startsWith("xl/worksheets/sheet");
            if (!wanted) {
                continue;
            }
            inflated += size;
            if (inflated > MAX_INFLATED || size > Integer.MAX_VALUE - 16) {
                throw new IOException("The workbook inflates to more than " + MAX_INFLATED / (1024 * 1024) + " MB");
            }
            if (local + 30 > content.length || zip.getInt((int) local) != 0x04034b50) {
                throw new IOException("A broken ZIP entry " + name);
            }
            long data = local + 30 + Short.toUnsignedInt(zip.getShort((int) local + 26))
                    + Short.toUnsignedInt(zip.getShort((int) local + 28));
            if (data + compressed > content.length) {
                throw new IOException("A truncated ZIP entry " + name);
            }
            parts.put(name, switch (method) {
                case 0 -> java.util.Arrays.copyOfRange(content, (int) data, (int) (data + compressed));
                case 8 -> inflate(content, (int) data, (int) compressed, (int) size);
                default -> throw new IOException("ZIP entry " + name + " uses compression method " + method);
            });
        }
        if (!parts.containsKey("xl/workbook.xml")) {
            throw new IOException("Not an XLSX workbook (no xl/workbook.xml)");
        }
        return parts;
    }

    private static byte[] inflate(byte[] content, int offset, int length, int size) throws IOException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(content, offset, length);
            byte[] out = new byte[size];
            int done = 0;
            while (done < size && !inflater.finished()) {
                int n = inflater.inflate(out, done, size - done);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                done += n;
            }
            if (done != size) {
                throw new IOException("A ZIP entry inflates to " + done + " bytes, not the " + size + " it says");
            }
            return out;
        } catch (DataFormatException e) {
            throw new IOException("A ZIP entry cannot be inflated: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    /** The part of the workbook's first sheet, through the workbook's relationships. */
    private static String firstSheet(Map<String, byte[]> parts) throws IOException {
        try {
            String relationship = null;
            XMLStreamReader workbook = XML.createXMLStreamReader(new ByteArrayInputStream(parts.get("xl/workbook.xml")));
            while (workbook.hasNext() && relationship == null) {
                if (workbook.next() == XMLStreamConstants.START_ELEMENT && workbook.getLocalName().equals("sheet")) {
                    for (int i = 0; i < workbook.getAttributeCount(); i++) {
                        if (workbook.getAttributeLocalName(i).equals("id")) {
                            relationship = workbook.getAttributeValue(i);
                        }
                    }
                }
            }
            byte[] rels = parts.get("xl/_rels/workbook.xml.rels");
            if (relationship != null && rels != null) {
                XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(rels));
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("Relationship")
                            && relationship.equals(reader.getAttributeValue(null, "Id"))) {
                        String target = reader.getAttributeValue(null, "Target");
                        return target.startsWith("/") ? target.substring(1) : "xl/" + target;
                    }
                }
            }
            return "xl/worksheets/sheet1.xml";
        } catch (XMLStreamException e) {
            throw new IOException("The workbook cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<String> sharedStrings(byte[] xml) throws IOException {
        List<String> strings = new ArrayList<>();
        try {
            XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
            StringBuilder text = null;
            boolean phonetic = false;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (reader.getLocalName()) {
                        case "si" -> text = new StringBuilder();
                        case "rPh" -> phonetic = true;
                        case "t" -> {
                            if (text != null && !phonetic) {
                                text.append(reader.getElementText());
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (reader.getLocalName().equals("si")) {
                        strings.add(text == null ? "" : text.toString());
                        text = null;
                    } else if (reader.getLocalName().equals("rPh")) {
                        phonetic = false;
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException("The shared strings cannot be read: " + e.getMessage(), e);
        }
        return strings;
    }

    private static void rows(byte[] xml, List<String> shared, BiPredicate<Integer, List<Cell>> consumer)
            throws XMLStreamException, IOException {
        XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
        List<Cell> cells = null;
        int rowNumber = 0;
        int column = 0;
        String type = null;
        String value = null;
        StringBuilder inline = null;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "row" -> {
                        String r = reader.getAttributeValue(null, "r");
                        rowNumber = r != null ? Integer.parseInt(r) : rowNumber + 1;
                        cells = new ArrayList<>();
                        column = 0;
                    }
                    case "c" -> {
                        String ref = reader.getAttributeValue(null, "r");
                        column = ref != null ? columnOf(ref) : column;
                        type = reader.getAttributeValue(null, "t");
                        value = null;
                        inline = null;
                    }
                    case "v" -> value = reader.getElementText();
                    case "is" -> inline = new StringBuilder();
                    case "t" -> {
                        if (inline != null) {
                            inline.append(reader.getElementText());
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (reader.getLocalName().equals("c") && cells != null) {
                    while (cells.size() <= column) {
                        cells.add(Cell.EMPTY);
                    }
                    cells.set(column, text(type, value, inline, shared));
                    column++;
                } else if (reader.getLocalName().equals("row") && cells != null) {
                    if (!consumer.test(rowNumber, cells)) {
                        return;
                    }
                    cells = null;
                }
            }
        }
    }

    private static Cell text(String type, String value, StringBuilder inline, List<String> shared) throws IOException {
        if ("inlineStr".equals(type)) {
            return new Cell(inline == null ? "" : inline.toString(), false);
        }
        if (value == null) {
            return Cell.EMPTY;
        }
        if ("s".equals(type)) {
            int index = Integer.parseInt(value.strip());
            if (index < 0 || index >= shared.size()) {
                throw new IOException("A cell names shared string " + index + " of " + shared.size());
            }
            return new Cell(shared.get(index), false);
        }
        if ("d".equals(type)) {
            // An ISO 8601 date cell (rare; written by some programs): its day.
            return new Cell(value.length() >= 10 ? value.substring(0, 10) : value, false);
        }
        return new Cell(value, type == null || "n".equals(type));
    }

    /** "C12" → 2 (column A is 0). */
    static int columnOf(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return column - 1;
    }
}

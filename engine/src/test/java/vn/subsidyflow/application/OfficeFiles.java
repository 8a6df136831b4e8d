package vn.subsidyflow.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small but well-formed Office files, built in memory, as a word processor would lay them out. */
public final class OfficeFiles {

    private static final int END_OF_CHAIN = 0xFFFFFFFE;
    private static final int FREE = 0xFFFFFFFF;

    private OfficeFiles() {
    }

    /**
     * An OLE2 compound file (as .doc, .xls and .msi are) whose directory lists these streams:
     * a 512-byte header, one allocation-table sector, then the directory sectors, chained. The
     * streams are the root's children, each linked to the next as its right sibling, so that a
     * reader walking the directory tree (as Word, Excel and POI do) finds every one of them.
     */
    public static byte[] ole2(String... streams) {
        int entries = streams.length + 1;
        int directorySectors = (entries + 3) / 4;
        ByteBuffer file = ByteBuffer.allocate(512 * (2 + directorySectors)).order(ByteOrder.LITTLE_ENDIAN);
        file.put(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        file.putShort(24, (short) 0x3E).putShort(26, (short) 3).putShort(28, (short) 0xFFFE).putShort(30, (short) 9)
                .putShort(32, (short) 6).putInt(44, 1).putInt(48, 1).putInt(56, 4096).putInt(60, END_OF_CHAIN)
                .putInt(68, END_OF_CHAIN).putInt(76, 0);
        for (int i = 1; i < 109; i++) {
            file.putInt(76 + 4 * i, FREE);
        }
        int fat = 512;
        file.putInt(fat, 0xFFFFFFFD);
        for (int sector = 1; sector <= directorySectors; sector++) {
            file.putInt(fat + 4 * sector, sector == directorySectors ? END_OF_CHAIN : sector + 1);
        }
        for (int sector = directorySectors + 1; sector < 128; sector++) {
            file.putInt(fat + 4 * sector, FREE);
        }
        for (int i = 0; i < entries; i++) {
            String name = i == 0 ? "Root Entry" : streams[i - 1];
            int at = 1024 + 128 * i;
            byte[] utf16 = name.getBytes(StandardCharsets.UTF_16LE);
            file.put(at, utf16).putShort(at + 64, (short) (utf16.length + 2)).put(at + 66, (byte) (i == 0 ? 5 : 2))
                    .putInt(at + 68, FREE).putInt(at + 72, i > 0 && i + 1 < entries ? i + 1 : FREE)
                    .putInt(at + 76, i == 0 && entries > 1 ? 1 : FREE)
                    .putInt(at + 116, END_OF_CHAIN);
        }
        return file.array();
    }

    public static byte[] doc() {
        return ole2("WordDocument", "1Table", "\u0005SummaryInformation");
    }

    public static byte[] xls() {
        return ole2("Workbook", "\u0005SummaryInformation");
    }

    public static byte[] docx() {
        return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml");
    }

    public static byte[] xlsx() {
        return zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
    }

    /** A ZIP with these entries, each holding a line of XML. */
    public static byte[] zip(String... entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}

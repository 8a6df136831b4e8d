package vn.subsidyflow.application;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The part names of an Office Open XML file (a ZIP package), read from the ZIP's central directory
 * alone: nothing is inflated, so a compression bomb costs no more than its own bytes.
 */
final class OfficePackage {

    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;
    private static final int END_RECORD_LENGTH = 22;
    private static final int ENTRY_HEADER_LENGTH = 46;

    private OfficePackage() {
    }

    /** The entry names, or empty when the bytes do not end in a readable ZIP directory (ZIP64 included). */
    static Optional<List<String>> entryNames(byte[] zip) {
        int end = findEndOfDirectory(zip);
        if (end < 0) {
            return Optional.empty();
        }
        int count = u16(zip, end + 10);
        long offset = u32(zip, end + 16);
        List<String> names = new ArrayList<>(count);
        long at = offset;
        for (int i = 0; i < count; i++) {
            if (at < 0 || at + ENTRY_HEADER_LENGTH > zip.length || u32(zip, (int) at) != DIRECTORY_ENTRY) {
                return Optional.empty();
            }
            int p = (int) at;
            int nameLength = u16(zip, p + 28);
            int extraLength = u16(zip, p + 30);
            int commentLength = u16(zip, p + 32);
            if (p + ENTRY_HEADER_LENGTH + nameLength > zip.length) {
                return Optional.empty();
            }
            names.add(new String(zip, p + ENTRY_HEADER_LENGTH, nameLength, StandardCharsets.UTF_8));
            at = (long) p + ENTRY_HEADER_LENGTH + nameLength + extraLength + commentLength;
        }
        return Optional.of(List.copyOf(names));
    }

    private static int findEndOfDirectory(byte[] zip) {
        // The record sits at the very end, followed only by a comment of at most 65 535 bytes.
        int last = zip.length - END_RECORD_LENGTH;
        int first = Math.max(0, last - 0xFFFF);
        for (int i = last; i >= first; i--) {
            if (u32(zip, i) == END_OF_DIRECTORY) {
                return i;
            }
        }
        return -1;
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int i) {
        return (u16(b, i) | (long) u16(b, i + 2) << 16);
    }
}

package vn.subsidyflow.application;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The entry names of an OLE2 compound file (.doc, .xls — but also .msi installers, .ppt, .msg),
 * read from its directory sectors by following the file allocation table. Nothing else is read,
 * and every offset is checked against the bytes in hand.
 */
final class CompoundFile {

    private static final long[] SIGNATURE = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    private static final long END_OF_CHAIN = 0xFFFFFFFEL;
    private static final int HEADER_DIFAT_ENTRIES = 109;
    private static final int DIRECTORY_ENTRY_LENGTH = 128;

    private final byte[] bytes;
    private final int sectorSize;
    private final List<Long> fatSectors = new ArrayList<>();

    private CompoundFile(byte[] bytes, int sectorSize) {
        this.bytes = bytes;
        this.sectorSize = sectorSize;
    }

    /** The names of every storage and stream, or empty when the bytes are not a readable compound file. */
    static Optional<Set<String>> entryNames(byte[] bytes) {
        if (bytes.length < 512) {
            return Optional.empty();
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if ((bytes[i] & 0xFF) != SIGNATURE[i]) {
                return Optional.empty();
            }
        }
        int shift = u16(bytes, 30);
        if (shift != 9 && shift != 12) {
            return Optional.empty();
        }
        CompoundFile file = new CompoundFile(bytes, 1 << shift);
        return file.readFat() ? file.directoryNames() : Optional.empty();
    }

    /** Where the allocation table's own sectors are: 109 in the header, the rest in a chain of DIFAT sectors. */
    private boolean readFat() {
        long count = u32(bytes, 44);
        for (int i = 0; i < HEADER_DIFAT_ENTRIES && fatSectors.size() < count; i++) {
            fatSectors.add(u32(bytes, 76 + 4 * i));
        }
        long difat = u32(bytes, 68);
        int perSector = sectorSize / 4 - 1;
        for (int hops = 0; fatSectors.size() < count; hops++) {
            long at = offset(difat);
            if (at < 0 || hops > maxSectors()) {
                return false;
            }
            for (int i = 0; i < perSector && fatSectors.size() < count; i++) {
                fatSectors.add(u32(bytes, (int) at + 4 * i));
            }
            difat = u32(bytes, (int) at + 4 * perSector);
        }
        return true;
    }

    private Optional<Set<String>> directoryNames() {
        Set<String> names = new HashSet<>();
        long sector = u32(bytes, 48);
        for (int hops = 0; sector != END_OF_CHAIN; hops++) {
            long at = offset(sector);
            if (at < 0 || hops > maxSectors()) {
                return Optional.empty();
            }
            for (int entry = 0; entry < sectorSize / DIRECTORY_ENTRY_LENGTH; entry++) {
                int p = (int) at + entry * DIRECTORY_ENTRY_LENGTH;
                int nameBytes = u16(bytes, p + 64);
                int type = bytes[p + 66];
                if (type >= 1 && type <= 5 && nameBytes >= 2 && nameBytes <= 64) {
                    names.add(new String(bytes, p, nameBytes - 2, StandardCharsets.UTF_16LE));
                }
            }
            sector = next(sector);
            if (sector < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(Set.copyOf(names));
    }

    /** The sector after this one in its chain, or -1 when the table does not say. */
    private long next(long sector) {
        int perSector = sectorSize / 4;
        long index = sector / perSector;
        if (index >= fatSectors.size()) {
            return -1;
        }
        long at = offset(fatSectors.get((int) index));
        return at < 0 ? -1 : u32(bytes, (int) (at + 4 * (sector % perSector)));
    }

    /** Where a whole sector starts in the bytes (the header fills the first sector's room), or -1. */
    private long offset(long sector) {
        long at = (sector + 1) * sectorSize;
        return sector < 0 || sector >= END_OF_CHAIN - 4 || at + sectorSize > bytes.length ? -1 : at;
    }

    private int maxSectors() {
        return bytes.length / sectorSize;
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int i) {
        return u16(b, i) | (long) u16(b, i + 2) << 16;
    }
}

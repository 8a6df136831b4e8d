package vn.subsidyflow.web.calendar;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.subsidyflow.calendar.HolidayImport;
import vn.subsidyflow.shared.DomainFailure;
import vn.subsidyflow.shared.FailureCode;

/**
 * Reads a year's holidays file, the one format of the API and the page: CSV (RFC 4180, UTF-8, a
 * byte-order mark allowed, as spreadsheets write one) with the header {@code day,nameVi,nameEn}.
 * Only the cells are read here; the engine checks what they say ({@link HolidayImport}). Each row
 * keeps its line in the file so that a refusal points at it.
 */
final class HolidayCsv {

    static final String[] HEADER = {"day", "nameVi", "nameEn"};

    private HolidayCsv() {
    }

    static List<HolidayImport.Row> read(Reader reader) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).setSkipHeaderRecord(false)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<HolidayImport.Row> rows = new ArrayList<>();
        try (CSVParser parser = format.parse(reader)) {
            boolean header = true;
            for (CSVRecord record : parser) {
                if (header) {
                    header = false;
                    if (!isHeader(record)) {
                        throw refused("The first line must be the header day,nameVi,nameEn");
                    }
                    continue;
                }
                if (rows.size() > 400) {
                    throw refused("A year's list holds at most 366 days");
                }
                rows.add(new HolidayImport.Row((int) parser.getCurrentLineNumber(), cell(record, 0), cell(record, 1),
                        cell(record, 2)));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw refused("The file is not CSV: " + e.getMessage());
        }
        return rows;
    }

    private static boolean isHeader(CSVRecord record) {
        if (record.size() != HEADER.length) {
            return false;
        }
        for (int i = 0; i < HEADER.length; i++) {
            String cell = record.get(i).replace("\uFEFF", "").strip();
            if (!cell.equalsIgnoreCase(HEADER[i])) {
                return false;
            }
        }
        return true;
    }

    private static String cell(CSVRecord record, int index) {
        return index < record.size() ? record.get(index) : null;
    }

    private static DomainFailure refused(String message) {
        return new DomainFailure(FailureCode.INVALID_HOLIDAY_FILE, message, java.util.Map.of("rows", List.of()));
    }
}

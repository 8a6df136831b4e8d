package vn.subsidyflow.web.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Deterministic history files for the tests and the shipped example: the same arguments give the
 * same bytes. Tax codes are valid (check digit) and numbered from a base, decision numbers carry a
 * prefix, so files of different tests never share a business or a decision.
 */
final class HistoryFiles {

    static final String HEADER = "taxCode,organisationName,organisationType,supportItemCode,policyCode,filedOn,"
            + "decisionNumber,decidedOn,approvedVnd,paidVnd,paidOn";
    static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    record Row(String taxCode, String organisationName, String organisationType, String supportItemCode, String policyCode,
               LocalDate filedOn, String decisionNumber, LocalDate decidedOn, long approvedVnd, long paidVnd, LocalDate paidOn) {

        String[] cells() {
            return new String[] {taxCode, organisationName, organisationType, supportItemCode, policyCode,
                    VIETNAMESE.format(filedOn), decisionNumber, decidedOn.toString(), Long.toString(approvedVnd),
                    Long.toString(paidVnd), VIETNAMESE.format(paidOn)};
        }
    }

    private HistoryFiles() {
    }

    /**
     * {@code count} dossiers of {@code businesses} businesses (tax codes from {@code taxBase} on), under
     * one policy version and its items, decided in {@code firstYear}–{@code lastYear}; about one in
     * five paid in part.
     */
    static List<Row> generate(long seed, int count, int businesses, long taxBase, String decisionPrefix, String policyCode,
                              List<String> items, int firstYear, int lastYear) {
        Random random = new Random(seed);
        List<Row> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int business = i < businesses ? i : random.nextInt(businesses);
            int year = firstYear + random.nextInt(lastYear - firstYear + 1);
            LocalDate decided = LocalDate.of(year, 1, 15).plusDays(random.nextInt(300));
            LocalDate filed = decided.minusDays(10 + random.nextInt(60));
            if (filed.getYear() < firstYear) {
                filed = LocalDate.of(firstYear, 1, 2);
            }
            long approved = (1 + random.nextInt(60)) * 500_000L;
            long paid = random.nextInt(5) == 0 ? approved - (1 + random.nextInt(9)) * 10_000L : approved;
            rows.add(new Row(taxCode(taxBase + business), "Cơ sở sản xuất thử nghiệm " + (taxBase + business),
                    business % 7 == 0 ? "COOPERATIVE" : business % 5 == 0 ? "HOUSEHOLD_BUSINESS" : "ENTERPRISE",
                    items.get(random.nextInt(items.size())), policyCode, filed, decisionPrefix + (i + 1) + "/QĐ-SKHCN",
                    decided, approved, paid, decided.plusDays(5 + random.nextInt(40))));
        }
        return rows;
    }

    static byte[] csv(List<Row> rows, String... comments) {
        StringBuilder csv = new StringBuilder(rows.size() * 140);
        for (String comment : comments) {
            csv.append("# ").append(comment).append('\n');
        }
        csv.append(HEADER).append('\n');
        for (Row row : rows) {
            String[] cells = row.cells();
            for (int c = 0; c < cells.length; c++) {
                if (c > 0) {
                    csv.append(',');
                }
                String cell = cells[c];
                csv.append(cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            csv.append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The same rows as a workbook: dates as date cells, amounts as number cells; streamed, so big files fit. */
    static byte[] xlsx(List<Row> rows) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = workbook.createSheet("Lịch sử");
            String[] header = HEADER.split(",");
            org.apache.poi.ss.usermodel.Row top = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                top.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = rows.get(r);
                org.apache.poi.ss.usermodel.Row line = sheet.createRow(r + 1);
                line.createCell(0).setCellValue(row.taxCode());
                line.createCell(1).setCellValue(row.organisationName());
                line.createCell(2).setCellValue(row.organisationType());
                line.createCell(3).setCellValue(row.supportItemCode());
                line.createCell(4).setCellValue(row.policyCode());
                line.createCell(5).setCellValue(row.filedOn());
                line.getCell(5).setCellStyle(date);
                line.createCell(6).setCellValue(row.decisionNumber());
                line.createCell(7).setCellValue(row.decidedOn());
                line.getCell(7).setCellStyle(date);
                line.createCell(8).setCellValue(row.approvedVnd());
                line.createCell(9).setCellValue(row.paidVnd());
                line.createCell(10).setCellValue(row.paidOn());
                line.getCell(10).setCellStyle(date);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            // The streamed rows wait in temporary files until the workbook is written; this removes them.
            workbook.dispose();
        }
    }

    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    /** A valid 10-digit tax code for the number: eight digits of it, one free digit, the check digit. */
    static String taxCode(long number) {
        String eight = String.format("%08d", number % 100_000_000L);
        for (int free = 0; free < 10; free++) {
            String digits = eight + free;
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += WEIGHTS[i] * (digits.charAt(i) - '0');
            }
            int check = 10 - sum % 11;
            if (check < 10) {
                return digits + check;
            }
        }
        throw new IllegalStateException("No tax code for " + number);
    }
}

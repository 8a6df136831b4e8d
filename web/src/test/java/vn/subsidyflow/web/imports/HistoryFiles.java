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
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

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

    /** The same rows as a workbook: dates as date cells, amounts as number cells. */
    static byte[] xlsx(List<Row> rows) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Workbook workbook = new Workbook(out, "SubsidyFlow", "1.0");
            Worksheet sheet = workbook.newWorksheet("Lịch sử");
            String[] header = HEADER.split(",");
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = rows.get(r);
                int y = r + 1;
                sheet.value(y, 0, row.taxCode());
                sheet.value(y, 1, row.organisationName());
                sheet.value(y, 2, row.organisationType());
                sheet.value(y, 3, row.supportItemCode());
                sheet.value(y, 4, row.policyCode());
                sheet.value(y, 5, row.filedOn());
                sheet.value(y, 6, row.decisionNumber());
                sheet.value(y, 7, row.decidedOn());
                sheet.value(y, 8, row.approvedVnd());
                sheet.value(y, 9, row.paidVnd());
                sheet.value(y, 10, row.paidOn());
            }
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

package vn.subsidyflow.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class HistoryFileUnitTests {

    private static final String HEADER = "taxCode,organisationName,organisationType,supportItemCode,policyCode,filedOn,"
            + "decisionNumber,decidedOn,approvedVnd,paidVnd,paidOn\n";
    private static final String ROW = "0100233488,\"Công ty TNHH A, B\",ENTERPRISE,ISO_9001,NQ95,05/03/2023,1/QĐ,"
            + "20/04/2023,30000000,30000000,01/06/2023";

    @Test
    void aCsvFileIsReadWithItsCommentsAndRowsNumberedAsItsLines() {
        String csv = "\uFEFF# Synthetic data\n" + HEADER + ROW + "\n\n" + ROW.replace("1/QĐ", "2/QĐ");

        HistoryFile.Read read = HistoryFile.read(csv.getBytes(StandardCharsets.UTF_8), 10);

        assertThat(read.errors()).isEmpty();
        assertThat(read.rows()).extracting(RawRow::row).containsExactly(3, 5);
        assertThat(read.rows().get(0).text(HistoryColumn.ORGANISATION_NAME)).isEqualTo("Công ty TNHH A, B");
        assertThat(read.rows().get(1).text(HistoryColumn.DECISION_NUMBER)).isEqualTo("2/QĐ");
    }

    @Test
    void vietnameseHeadersInAnyOrderNameTheSameColumns() {
        String csv = "Số quyết định,MÃ SỐ THUẾ,Tên cơ sở,Loại hình,Mã nội dung hỗ trợ,Mã chính sách,Ngày nộp hồ sơ,"
                + "Ngày quyết định,Kinh phí được duyệt,Kinh phí đã chi,Ngày chi\n"
                + "7/QĐ,0100233488,A,COOPERATIVE,ISO_9001,NQ95,2023-03-05,2023-04-20,1,1,2023-06-01\n";

        HistoryFile.Read read = HistoryFile.read(csv.getBytes(StandardCharsets.UTF_8), 10);

        assertThat(read.errors()).isEmpty();
        assertThat(read.rows().get(0).text(HistoryColumn.DECISION_NUMBER)).isEqualTo("7/QĐ");
        assertThat(read.rows().get(0).text(HistoryColumn.TAX_CODE)).isEqualTo("0100233488");
    }

    @Test
    void aHeaderMissingColumnsOrNamingUnknownOnesIsRefusedWhole() {
        String csv = "taxCode,taxCode,colour\n1,2,3\n";

        HistoryFile.Read read = HistoryFile.read(csv.getBytes(StandardCharsets.UTF_8), 10);

        assertThat(read.rows()).isEmpty();
        assertThat(read.errors()).extracting(RowError::code).contains("DUPLICATE_COLUMN", "UNKNOWN_COLUMN", "MISSING_COLUMN");
        assertThat(read.errors()).filteredOn(e -> e.code().equals("MISSING_COLUMN")).hasSize(10)
                .allSatisfy(e -> assertThat(e.row()).isEqualTo(1));
    }

    @Test
    void moreRowsThanAllowedAreRefused() {
        String csv = HEADER + ROW + "\n" + ROW + "\n" + ROW + "\n";
        assertThat(HistoryFile.read(csv.getBytes(StandardCharsets.UTF_8), 2).errors()).extracting(RowError::code)
                .containsExactly("TOO_MANY_ROWS");
        assertThat(HistoryFile.read(csv.getBytes(StandardCharsets.UTF_8), 3).rows()).hasSize(3);
    }

    @Test
    void emptyUnreadableAndNonUtf8FilesAreNamedAsSuch() {
        assertThat(HistoryFile.read(new byte[0], 10).errors()).extracting(RowError::code).containsExactly("EMPTY_FILE");
        assertThat(HistoryFile.read("# only a comment\n".getBytes(StandardCharsets.UTF_8), 10).errors())
                .extracting(RowError::code).containsExactly("EMPTY_FILE");
        byte[] latin1 = (HEADER + ROW.replace("Công", "C\u00f4ng")).getBytes(StandardCharsets.ISO_8859_1);
        assertThat(HistoryFile.read(latin1, 10).errors()).extracting(RowError::code).containsExactly("UNREADABLE_FILE");
        byte[] brokenZip = {'P', 'K', 3, 4, 0, 0, 1, 2};
        assertThat(HistoryFile.read(brokenZip, 10).errors()).extracting(RowError::code).containsExactly("UNREADABLE_FILE");
    }

    @Test
    void anXlsxSheetIsReadWithDateAndNumberCellsAsText() throws IOException {
        byte[] xlsx;
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Lịch sử");
            header(sheet);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle thousands = workbook.createCellStyle();
            thousands.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("0100233488");
            row.createCell(1).setCellValue("Công ty A");
            row.createCell(2).setCellValue("ENTERPRISE");
            row.createCell(3).setCellValue("ISO_9001");
            row.createCell(4).setCellValue("NQ95");
            row.createCell(5).setCellValue(LocalDate.of(2023, 3, 5));
            row.getCell(5).setCellStyle(date);
            row.createCell(6).setCellValue("1/QĐ");
            row.createCell(7).setCellValue("20/04/2023");
            row.createCell(8).setCellValue(30_000_000L);
            row.getCell(8).setCellStyle(thousands);
            row.createCell(9).setCellValue(12.5);
            // A date cell with no date format: still the day it counts.
            row.createCell(10).setCellValue(LocalDate.of(2023, 6, 1));
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        HistoryFile.Read read = HistoryFile.read(xlsx, 10);

        assertThat(read.errors()).isEmpty();
        RawRow row = read.rows().get(0);
        assertThat(row.row()).isEqualTo(2);
        assertThat(row.text(HistoryColumn.FILED_ON)).isEqualTo("2023-03-05");
        assertThat(row.text(HistoryColumn.DECIDED_ON)).isEqualTo("20/04/2023");
        assertThat(row.text(HistoryColumn.APPROVED_VND)).as("the number, not as its format shows it").isEqualTo("30000000");
        assertThat(row.text(HistoryColumn.PAID_VND)).as("a fraction stays one, to be refused").isEqualTo("12.5");
        assertThat(row.text(HistoryColumn.PAID_ON)).isEqualTo("2023-06-01");
    }

    @Test
    void anXlsxSheetWithMoreRowsThanAllowedIsRefusedAndAZipThatIsNoWorkbookIsUnreadable() throws IOException {
        byte[] xlsx;
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Lịch sử");
            header(sheet);
            String[] cells = ROW.replace("\"Công ty TNHH A, B\"", "Công ty A").split(",");
            for (int r = 1; r <= 3; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        assertThat(HistoryFile.read(xlsx, 2).errors()).extracting(RowError::code).containsExactly("TOO_MANY_ROWS");
        assertThat(HistoryFile.read(xlsx, 3).rows()).extracting(RawRow::row).containsExactly(2, 3, 4);
        assertThat(HistoryFile.read(xlsx, 3).rows().get(0).text(HistoryColumn.ORGANISATION_NAME)).isEqualTo("Công ty A");

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("notes.txt"));
            out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertThat(HistoryFile.read(zip.toByteArray(), 10).errors()).extracting(RowError::code).containsExactly("UNREADABLE_FILE");
    }

    @Test
    void aWorkbookThatInflatesFarBeyondItsSizeIsRefusedAsAZipBomb() throws IOException {
        byte[] xlsx;
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            header(workbook.createSheet("Lịch sử"));
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        // The same workbook with 20 MB of blanks in its sheet: valid XML, but a thousand times its compressed size.
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx));
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(bomb)) {
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] part = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    part = new String(part, StandardCharsets.UTF_8).replace("<sheetData>", "<sheetData>" + " ".repeat(20_000_000))
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(part);
                out.closeEntry();
            }
        }
        assertThat(HistoryFile.read(xlsx, 10)).as("the workbook itself: a header, no rows")
                .isEqualTo(new HistoryFile.Read(java.util.List.of(), java.util.List.of()));

        HistoryFile.Read read = HistoryFile.read(bomb.toByteArray(), 10);

        assertThat(read.errors()).extracting(RowError::code).containsExactly("UNREADABLE_FILE");
        assertThat(read.errors().get(0).message()).containsIgnoringCase("zip bomb");
    }

    private static void header(Sheet sheet) {
        String[] header = HEADER.strip().split(",");
        Row row = sheet.createRow(0);
        for (int c = 0; c < header.length; c++) {
            row.createCell(c).setCellValue(header[c]);
        }
    }
}

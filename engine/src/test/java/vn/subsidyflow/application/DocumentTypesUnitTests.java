package vn.subsidyflow.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.subsidyflow.shared.DomainFailure;

class DocumentTypesUnitTests {

    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void shouldAcceptTheReadmesDemoPdfAndEachFormatAsWhatItIs() {
        assertThat(DocumentTypes.admit(PDF, "doc.pdf", bytes("%PDF-1.4 demo")).format()).isEqualTo(DocumentFormat.PDF);
        assertThat(DocumentTypes.admit("image/png", "a.png", png()).format()).isEqualTo(DocumentFormat.PNG);
        assertThat(DocumentTypes.admit("image/jpeg", "a.JPG", jpeg()).format()).isEqualTo(DocumentFormat.JPEG);
        assertThat(DocumentTypes.admit(DOCX, "a.docx", OfficeFiles.docx()).format()).isEqualTo(DocumentFormat.WORD);
        assertThat(DocumentTypes.admit(XLSX, "a.xlsx", OfficeFiles.xlsx()).format()).isEqualTo(DocumentFormat.EXCEL);
        assertThat(DocumentTypes.admit("application/msword", "a.doc", OfficeFiles.doc()).format()).isEqualTo(DocumentFormat.WORD_97);
        assertThat(DocumentTypes.admit("application/vnd.ms-excel; charset=binary", "a.xls", OfficeFiles.xls()).format())
                .isEqualTo(DocumentFormat.EXCEL_97);
    }

    @ParameterizedTest(name = "{0} sent as {1}")
    @CsvSource(delimiter = '|', value = {
            "ELF executable          | application/pdf | \u007fELF\u0002\u0001\u0001",
            "Windows executable      | application/pdf | MZ\u0090\u0000\u0003\u0000",
            "shell script            | application/pdf | #!/bin/sh -c rm",
            "HTML page               | application/pdf | <!DOCTYPE html><html><script>alert(1)</script></html>",
            "HTML after spaces       | image/png       | '   <html><body onload=alert(1)>'",
            "SVG image               | image/png       | <svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
            "XML                     | application/pdf | <?xml version=\"1.0\"?><x/>",
            "a bare script           | application/pdf | <script>alert(1)</script>",
            "PDF prefix only         | application/pdf | %PDF",
    })
    void shouldRefuseWhatIsNotOneOfOurFormatsWhateverItClaims(String what, String declared, String content) {
        DomainFailure failure = refused(declared, "scan.pdf", bytes(content));
        assertThat(failure.code()).as(what).isEqualTo("UNSUPPORTED_DOCUMENT_TYPE");
        assertThat(failure.kind()).isEqualTo(DomainFailure.Kind.INVALID);
    }

    @Test
    void shouldRefuseAMachOExecutable() {
        byte[] machO = {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE, 7, 0, 0, 1};
        assertThat(refused(PDF, "a.pdf", machO).code()).isEqualTo("UNSUPPORTED_DOCUMENT_TYPE");
    }

    @Test
    void shouldRefuseContentOfAnotherOfOurFormatsThanTheDeclaredOne() {
        assertThat(refused(PDF, "a.pdf", png()).code()).isEqualTo("DOCUMENT_TYPE_MISMATCH");
        assertThat(refused("image/jpeg", "a.jpg", bytes("%PDF-1.7")).code()).isEqualTo("DOCUMENT_TYPE_MISMATCH");
        assertThat(refused(XLSX, "a.xlsx", OfficeFiles.docx()).code()).isEqualTo("DOCUMENT_TYPE_MISMATCH");
        assertThat(refused(DOCX, "a.docx", OfficeFiles.doc()).code()).isEqualTo("DOCUMENT_TYPE_MISMATCH");
        assertThat(refused("application/msword", "a.doc", OfficeFiles.xls()).code()).isEqualTo("DOCUMENT_TYPE_MISMATCH");
        assertThat(refused(PDF, "a.pdf", png()).details()).containsEntry("detectedType", "image/png");
    }

    @Test
    void shouldRefuseANameWhoseExtensionSaysAnotherOfOurFormats() {
        assertThat(refused(PDF, "photo.png", bytes("%PDF-1.4")).code()).isEqualTo("DOCUMENT_TYPE_MISMATCH");
    }

    @Test
    void shouldGiveANameWithoutOneOfOurExtensionsTheRightOne() {
        assertThat(DocumentTypes.admit(PDF, "scan", bytes("%PDF-1.4")).fileName()).isEqualTo("scan.pdf");
        assertThat(DocumentTypes.admit(PDF, "setup.exe", bytes("%PDF-1.4")).fileName()).isEqualTo("setup.exe.pdf");
        assertThat(DocumentTypes.admit(PDF, "Hóa đơn.PDF", bytes("%PDF-1.4")).fileName()).isEqualTo("Hóa đơn.PDF");
        String longest = "a".repeat(255);
        assertThat(DocumentTypes.admit(PDF, longest, bytes("%PDF-1.4")).fileName()).hasSize(255).endsWith("a.pdf");
    }

    @Test
    void shouldTakeAZipAsWordOrExcelOnlyIfItIsAMacroFreeOfficePackage() {
        assertThat(refused(DOCX, "a.docx", OfficeFiles.zip("readme.txt", "word/document.xml")).code())
                .isEqualTo("UNSUPPORTED_DOCUMENT_TYPE");
        assertThat(refused(DOCX, "a.docx", OfficeFiles.zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"))
                .code()).isEqualTo("UNSUPPORTED_DOCUMENT_TYPE");
        byte[] truncated = java.util.Arrays.copyOf(OfficeFiles.docx(), 60);
        assertThat(refused(DOCX, "a.docx", truncated).code()).isEqualTo("UNSUPPORTED_DOCUMENT_TYPE");
        // A package whose first entry is not [Content_Types].xml is a plain ZIP to magic detection.
        assertThat(DocumentTypes.admit(DOCX, "a.docx", OfficeFiles.zip("_rels/.rels", "[Content_Types].xml",
                "word/document.xml")).format()).isEqualTo(DocumentFormat.WORD);
    }

    @Test
    void shouldTakeAnOle2FileAsWordOrExcelOnlyByItsStreamsAndWithoutMacros() {
        byte[] installer = OfficeFiles.ole2("\u0005SummaryInformation", "!_StringData", "!_Tables", "!File", "!Binary.icon");
        assertThat(refused("application/msword", "setup.doc", installer).code()).isEqualTo("UNSUPPORTED_DOCUMENT_TYPE");
        assertThat(refused("application/msword", "a.doc", OfficeFiles.ole2("WordDocument", "1Table", "Macros", "VBA")).code())
                .isEqualTo("UNSUPPORTED_DOCUMENT_TYPE");
        assertThat(refused("application/vnd.ms-excel", "a.xls", OfficeFiles.ole2("Workbook", "_VBA_PROJECT_CUR")).code())
                .isEqualTo("UNSUPPORTED_DOCUMENT_TYPE");
        byte[] headerOnly = java.util.Arrays.copyOf(OfficeFiles.doc(), 16);
        assertThat(refused("application/msword", "a.doc", headerOnly).code()).isEqualTo("UNSUPPORTED_DOCUMENT_TYPE");
        // Directory entries in a second, chained directory sector are found too.
        assertThat(DocumentTypes.admit("application/msword", "a.doc",
                OfficeFiles.ole2("1Table", "Data", "ObjectPool", "CompObj", "WordDocument")).format()).isEqualTo(DocumentFormat.WORD_97);
    }

    @Test
    void shouldRefuseADeclaredTypeWeDoNotTake() {
        assertThat(refused("text/html", "a.html", bytes("%PDF-1.4")).code()).isEqualTo("UNSUPPORTED_DOCUMENT_TYPE");
        assertThat(refused(null, "a.pdf", bytes("%PDF-1.4")).code()).isEqualTo("UNSUPPORTED_DOCUMENT_TYPE");
    }

    private static DomainFailure refused(String declared, String name, byte[] content) {
        DomainFailure failure = catchThrowableOfType(DomainFailure.class, () -> DocumentTypes.admit(declared, name, content));
        assertThat(failure).as("refused").isNotNull();
        return failure;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    private static byte[] jpeg() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
    }
}

package vn.subsidyflow.web.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import vn.subsidyflow.database.Transactions;
import vn.subsidyflow.deadline.AppointmentMoved;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.RealHttp;
import vn.subsidyflow.web.support.Scenario;

/** Papers issued as dossiers move, read back over real HTTP as the applicant and staff, and not by another business. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class PapersIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Transactions transactions;
    @Autowired
    ApplicationEventPublisher events;

    Scenario scenario;

    @BeforeEach
    void setUp() {
        scenario = Scenario.create(port, 200_000_000L, 0, 0);
    }

    @Test
    void aSubmittedDossierHasAReceiptWhosePdfHashesToTheListedSha256() throws Exception {
        Api applicant = scenario.newApplicant();
        long id = scenario.file(applicant, scenario.iso, 30_000_000L);

        Api.Response list = applicant.get("/api/v1/applications/" + id + "/papers");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.body()).hasSize(1);
        JsonNode receipt = list.body().get(0);
        assertThat(receipt.path("kind").asString()).isEqualTo("RECEIPT");
        assertThat(receipt.path("number").asString()).matches("\\d+/" + Scenario.YEAR + "/TNHS");

        Api.Response pdf = applicant.get("/api/v1/applications/" + id + "/papers/" + receipt.path("id").asLong());
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(pdf.header("Content-Disposition")).startsWith("attachment;").contains("TNHS-");
        byte[] bytes = pdf.raw().body();
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
                .isEqualTo(receipt.path("sha256").asString());
        assertThat(text(bytes)).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Số: " + receipt.path("number").asString(),
                "Mã hồ sơ: " + id);

        // Staff read it as the business does.
        assertThat(scenario.as("intake").get("/api/v1/applications/" + id + "/papers").body()).hasSize(1);
        assertThat(scenario.as("auditor").get("/api/v1/applications/" + id + "/papers/" + receipt.path("id").asLong())
                .status()).isEqualTo(200);
    }

    @Test
    void anotherBusinessNeitherListsNorReadsThePapers() {
        Api applicant = scenario.newApplicant();
        long id = scenario.file(applicant, scenario.iso, 30_000_000L);
        long paper = applicant.get("/api/v1/applications/" + id + "/papers").body().get(0).path("id").asLong();
        Api other = scenario.newApplicant();

        Api.Response list = other.get("/api/v1/applications/" + id + "/papers");
        Api.Response pdf = other.get("/api/v1/applications/" + id + "/papers/" + paper);

        assertThat(list.status()).isEqualTo(404);
        assertThat(list.code()).isEqualTo("APPLICATION_NOT_FOUND");
        assertThat(pdf.status()).isEqualTo(404);
        assertThat(pdf.code()).isEqualTo("APPLICATION_NOT_FOUND");
        // Nor through a dossier of its own: a paper is found only under its own dossier.
        long own = scenario.file(other, scenario.iso, 30_000_000L);
        Api.Response borrowed = other.get("/api/v1/applications/" + own + "/papers/" + paper);
        assertThat(borrowed.status()).isEqualTo(404);
        assertThat(borrowed.code()).isEqualTo("PAPER_NOT_FOUND");
    }

    @Test
    void eachStepThatCallsForAPaperIssuesItNumberedInItsOwnRegister() throws Exception {
        Api applicant = scenario.newApplicant();
        long supplemented = scenario.file(applicant, scenario.iso, 120_000_000L);
        scenario.completeOk(scenario.as("intake"), supplemented, "intake",
                Map.of("outcome", "REQUEST_SUPPLEMENT", "comment", "Hóa đơn tài chính"));
        scenario.completeOk(applicant, supplemented, "supplement", Map.of("outcome", "SUBMIT"));
        scenario.approve(supplemented, 15_000_000L);
        scenario.completeOk(scenario.as("finance"), supplemented, "payment",
                Map.of("outcome", "PAY", "paymentReference", "KB-" + supplemented));
        // The item supports a business once: another business's dossier is refused.
        Api second = scenario.newApplicant();
        long refused = scenario.file(second, scenario.iso, 30_000_000L);
        scenario.completeOk(scenario.as("intake"), refused, "intake", Map.of("outcome", "REFUSE", "comment", "Không đủ điều kiện"));

        JsonNode papers = applicant.get("/api/v1/applications/" + supplemented + "/papers").body();
        assertThat(papers).extracting(p -> p.path("kind").asString())
                .containsExactly("RECEIPT", "SUPPLEMENT_REQUEST", "RECEIPT", "DECISION", "PAYMENT_NOTICE");
        assertThat(papers.get(0).path("number").asString()).isNotEqualTo(papers.get(2).path("number").asString());
        assertThat(papers.get(1).path("number").asString()).endsWith("/" + Scenario.YEAR + "/YCBS");
        assertThat(papers.get(3).path("number").asString()).isEqualTo(supplemented + "/QĐ-SKHCN");
        assertThat(papers.get(4).path("number").asString()).endsWith("/" + Scenario.YEAR + "/TBTT");
        String decision = text(applicant.get("/api/v1/applications/" + supplemented + "/papers/"
                + papers.get(3).path("id").asLong()).raw().body());
        assertThat(decision).contains("QUYẾT ĐỊNH", "Test resolution " + scenario.tag, "Test article for " + scenario.iso,
                "15.000.000 đồng (Bằng chữ: Mười lăm triệu đồng)");
        assertThat(second.get("/api/v1/applications/" + refused + "/papers").body())
                .extracting(p -> p.path("kind").asString()).containsExactly("RECEIPT", "REFUSAL");
    }

    @Test
    void aLateStepsApologyIssuesAnApologyWithTheNewAppointmentAndAMerePauseDoesNot() throws Exception {
        Api applicant = scenario.newApplicant();
        long id = scenario.file(applicant, scenario.iso, 30_000_000L);
        LocalDate previous = LocalDate.of(Scenario.YEAR, 12, 22);
        LocalDate next = LocalDate.of(Scenario.YEAR + 1, 1, 8);

        transactions.run(() -> events.publishEvent(new AppointmentMoved(id, previous, next, false)));
        transactions.run(() -> events.publishEvent(new AppointmentMoved(id, previous, next, true)));

        JsonNode papers = applicant.get("/api/v1/applications/" + id + "/papers").body();
        assertThat(papers).extracting(p -> p.path("kind").asString()).containsExactly("RECEIPT", "APOLOGY");
        assertThat(papers.get(1).path("number").asString()).endsWith("/" + Scenario.YEAR + "/XLHS");
        String apology = text(applicant.get("/api/v1/applications/" + id + "/papers/" + papers.get(1).path("id").asLong())
                .raw().body());
        assertThat(apology).contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "22/12/" + Scenario.YEAR,
                "Thời gian hẹn trả lại kết quả giải quyết hồ sơ: ngày 08/01/" + (Scenario.YEAR + 1));
    }

    @Test
    void theDossierPagesListThePapersAndServeEachAsAPdf() {
        Api applicant1 = scenario.as("applicant1");
        long id = scenario.file(applicant1, scenario.iso, 30_000_000L);
        long paper = applicant1.get("/api/v1/applications/" + id + "/papers").body().get(0).path("id").asLong();
        String link = "/dossiers/" + id + "/papers/" + paper;
        RealHttp owner = RealHttp.signedIn(port, "applicant1", Scenario.PASSWORD);
        RealHttp intake = RealHttp.signedIn(port, "intake", Scenario.PASSWORD);

        assertThat(owner.get("/my/dossiers/" + id).body()).contains("Giấy tiếp nhận hồ sơ và hẹn trả kết quả", link);
        assertThat(intake.get("/cases/" + id).body()).contains("Giấy tiếp nhận hồ sơ và hẹn trả kết quả", link);
        HttpResponse<String> pdf = owner.get(link);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(intake.get(link).statusCode()).isEqualTo(200);
        assertThat(RealHttp.signedIn(port, "applicant2", Scenario.PASSWORD).get(link).statusCode()).isEqualTo(404);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}

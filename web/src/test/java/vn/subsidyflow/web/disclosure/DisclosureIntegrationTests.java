package vn.subsidyflow.web.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import vn.subsidyflow.web.report.ReportHistoryAccess;
import vn.subsidyflow.web.report.ReportHistoryAccess.Decided;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.RealHttp;

/**
 * The public disclosure, signed out: the API, the page and both downloads list exactly the support
 * decided in the year (business name, item, amount, decision number and date) and nothing else —
 * no tax code, no e-mail address, no dossier that was not decided.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class DisclosureIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    static ReportHistoryAccess history;

    @BeforeEach
    void history() {
        if (history == null) {
            history = ReportHistoryAccess.insert(jdbc);
        }
    }

    @Test
    void shouldListTheYearsDecidedSupportToAnyoneAndNothingElse() {
        int year = history.year();
        List<Decided> expected = history.decidedIn(year);
        Api anonymous = Api.anonymous(port);
        List<String> numbers = new ArrayList<>();
        long total = -1;
        for (int page = 0; total < 0 || (long) page * 7 < total; page++) {
            Api.Response response = anonymous.get("/api/v1/disclosure?year=" + year + "&size=7&page=" + page);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            JsonNode body = response.body();
            total = body.path("total").asLong();
            assertThat(body.path("items").size()).isLessThanOrEqualTo(7);
            for (JsonNode item : body.path("items")) {
                assertThat(item.propertyNames()).containsExactlyInAnyOrder("businessName", "supportItemCode", "supportItemName",
                        "amountVnd", "decisionNumber", "decisionDate");
                numbers.add(item.path("decisionNumber").asString());
                Decided d = expected.stream().filter(e -> e.decisionNumber().equals(item.path("decisionNumber").asString()))
                        .findFirst().orElseThrow(() -> new AssertionError("not decided in the year: " + item));
                assertThat(item.path("businessName").asString()).isEqualTo(d.businessName());
                assertThat(item.path("amountVnd").asLong()).isEqualTo(d.approvedVnd());
                assertThat(item.path("decisionDate").asString()).isEqualTo(d.decidedOn().toString());
            }
            assertNothingPrivate(response.body().toString());
        }
        assertThat(total).isEqualTo(expected.size());
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(expected.stream().map(Decided::decisionNumber).toList());
        assertThat(anonymous.get("/api/v1/disclosure?year=" + year + "&size=101").code()).isEqualTo("INVALID_PAGE");
        assertThat(anonymous.get("/api/v1/disclosure?year=1800").code()).isEqualTo("INVALID_YEARS");
    }

    @Test
    void shouldShowThePageAndItsDownloadsSignedOut() throws Exception {
        int year = history.year();
        List<Decided> expected = history.decidedIn(year);
        RealHttp browser = new RealHttp(port);
        HttpResponse<String> page = browser.get("/disclosure?year=" + year);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(expected.get(0).decisionNumber()).contains("Công khai kết quả hỗ trợ");
        assertNothingPrivate(page.body());
        HttpResponse<String> english = browser.get("/disclosure?year=" + year, "en");
        assertThat(english.body()).contains("Support decided");

        HttpResponse<String> csv = browser.get("/disclosure.csv?year=" + year);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines().count()).isEqualTo(expected.size() + 1);
        expected.forEach(d -> assertThat(csv.body()).contains(d.decisionNumber()));
        assertNothingPrivate(csv.body());

        byte[] xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/disclosure.xlsx?year=" + year)).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(expected.size());
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tên cơ sở");
            assertThat(sheet.getRow(1).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            StringBuilder all = new StringBuilder();
            sheet.forEach(row -> row.forEach(cell -> all.append(cell.toString()).append(' ')));
            assertNothingPrivate(all.toString());
        }
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    private void assertNothingPrivate(String text) {
        for (String taxCode : history.taxCodes()) {
            assertThat(text).doesNotContain(taxCode);
        }
        for (String email : history.emails()) {
            assertThat(text).doesNotContain(email);
        }
        assertThat(text).doesNotContain("0912345678");
        for (String undecided : history.undecidedNumbers()) {
            assertThat(text).doesNotContain(undecided);
        }
    }
}

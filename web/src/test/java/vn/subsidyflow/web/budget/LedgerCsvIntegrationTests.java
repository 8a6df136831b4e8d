package vn.subsidyflow.web.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.Scenario;

/** The API's ledger CSV cannot carry a formula into a spreadsheet, and keeps its numbers numbers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class LedgerCsvIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void shouldNeutraliseFormulasInTypedTextOfTheLedgerCsv() throws Exception {
        Scenario scenario = Scenario.create(port, 100_000_000L, 0, 0);
        Api finance = scenario.as("finance");
        long line = scenario.lineId(Category.MANAGEMENT_SYSTEM);
        Api.Response topUp = finance.post("/api/v1/budget/lines/" + line + "/top-ups",
                Map.of("amountVnd", 5_000_000L, "reason", "=HYPERLINK(\"http://x\")", "documentRef", "+1-2"),
                Map.of("Idempotency-Key", "csv-" + scenario.tag));
        assertThat(topUp.status()).as(topUp.toString()).isBetween(200, 201);

        String body = new String(finance.get("/api/v1/budget/ledger.csv?line=" + line).raw().body(),
                java.nio.charset.StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body)).getRecords();
        CSVRecord row = rows.stream().filter(r -> r.get("amountVnd").equals("5000000")).findFirst().orElseThrow();
        assertThat(row.get("reason")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(row.get("documentRef")).isEqualTo("'+1-2");
        assertThat(row.get("lineId")).isEqualTo(String.valueOf(line));
        assertThat(body).doesNotContain(",=HYPERLINK", ",\"=HYPERLINK");
    }
}

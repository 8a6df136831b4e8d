package vn.subsidyflow.web.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.Scenario;
import vn.subsidyflow.web.support.UiTestSupport;

/** The finance page and the API export the ledger in one CSV format: same columns, same rows, same cells. */
class LedgerCsvExportsIntegrationTests extends UiTestSupport {

    @LocalServerPort
    int port;

    @Test
    void shouldExportTheSameCsvFromTheFinancePageAsFromTheApi() throws Exception {
        Scenario scenario = Scenario.create(port, 100_000_000L, 0, 0);
        Api finance = scenario.as("finance");
        long line = scenario.lineId(Category.MANAGEMENT_SYSTEM);
        for (String reason : new String[] {"Bổ sung dự toán, đợt 1", "=HYPERLINK(\"http://x\")"}) {
            Api.Response topUp = finance.post("/api/v1/budget/lines/" + line + "/top-ups",
                    Map.of("amountVnd", 3_000_000L, "reason", reason, "documentRef", "12/QĐ-UBND"),
                    Map.of("Idempotency-Key", "same-csv-" + reason.hashCode() + "-" + scenario.tag));
            assertThat(topUp.status()).as(topUp.toString()).isBetween(200, 201);
        }

        String api = new String(finance.get("/api/v1/budget/ledger.csv?line=" + line).raw().body(), StandardCharsets.UTF_8);
        String page = new String(mvc.perform(get("/finance/ledger.csv").param("line", String.valueOf(line)).with(as("finance")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);

        // The page's download starts with a byte-order mark, so that spreadsheets read the Vietnamese as UTF-8.
        assertThat(page).startsWith("\uFEFF");
        assertThat(page.substring(1)).isEqualTo(api);
        assertThat(api).startsWith(String.join(",", LedgerCsv.HEADER) + "\r\n").contains("Bổ sung dự toán, đợt 1");
    }
}

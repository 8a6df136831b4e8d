package vn.subsidyflow.web.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.subsidyflow.budget.Budgets;
import vn.subsidyflow.shared.Actor;
import vn.subsidyflow.shared.Role;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.Scenario;
import vn.subsidyflow.web.support.UiTestSupport;

/** The finance page and the API export the ledger in one CSV format: same columns, same rows, same cells. */
class LedgerCsvExportsIntegrationTests extends UiTestSupport {

    @LocalServerPort
    int port;
    @Autowired
    Budgets budgets;

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

    /**
     * More entries on one line than the ledger page shows (500): the page's CSV has every one of
     * them, and its type filter finds an entry older than the newest 500, so nothing is cut before
     * the filter nor after it.
     */
    @Test
    void shouldExportEveryEntryFromTheFinancePageAndFilterBeforeAnyCut() throws Exception {
        Scenario scenario = Scenario.create(port, 100_000_000L, 10_000_000L, 0);
        long line = scenario.lineId(Category.MANAGEMENT_SYSTEM);
        Actor finance = staff("finance", Role.FINANCE);
        budgets.transfer(finance, line, scenario.lineId(Category.CONFORMITY_CERTIFICATION), 1_000_000L,
                "Điều chuyển đầu năm", "1/QĐ-UBND", null);
        int topUps = 520;
        for (int i = 0; i < topUps; i++) {
            budgets.topUp(finance, line, 1_000L, "Bổ sung số " + i, "2/QĐ-UBND", null);
        }

        String[] all = pageCsv(line, null);
        assertThat(all).as("header, the opening allocation, the transfer and every top-up").hasSize(1 + 1 + 1 + topUps);
        assertThat(all[1]).contains(",ALLOCATE,100000000,");
        assertThat(all[2]).contains(",TRANSFER,1000000,");
        assertThat(all[3]).contains("Bổ sung số 0,");
        assertThat(all[all.length - 1]).contains("Bổ sung số " + (topUps - 1) + ",");

        String[] transfers = pageCsv(line, "TRANSFER");
        assertThat(transfers).hasSize(2);
        assertThat(transfers[1]).contains("Điều chuyển đầu năm");
        assertThat(pageCsv(line, "ALLOCATE")).hasSize(1 + 1 + topUps);
    }

    /** The ledger page shows the newest 500 entries that match its filters, not the matches among the newest 500. */
    @Test
    void shouldShowAnOlderEntryOfTheChosenTypeOnTheLedgerPage() throws Exception {
        Scenario scenario = Scenario.create(port, 100_000_000L, 10_000_000L, 0);
        long line = scenario.lineId(Category.MANAGEMENT_SYSTEM);
        Actor finance = staff("finance", Role.FINANCE);
        budgets.transfer(finance, line, scenario.lineId(Category.CONFORMITY_CERTIFICATION), 1_000_000L,
                "Điều chuyển trước các bổ sung", "3/QĐ-UBND", null);
        for (int i = 0; i < 505; i++) {
            budgets.topUp(finance, line, 1_000L, "Bổ sung lẻ " + i, "4/QĐ-UBND", null);
        }
        String page = mvc.perform(get("/finance/ledger").param("line", String.valueOf(line)).param("type", "TRANSFER")
                .with(as("finance"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Điều chuyển trước các bổ sung").doesNotContain("Bổ sung lẻ");
        String newest = mvc.perform(get("/finance/ledger").param("line", String.valueOf(line)).param("type", "ALLOCATE")
                .with(as("finance"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(newest).contains("Bổ sung lẻ 504").contains("Bổ sung lẻ 5<").doesNotContain("Bổ sung lẻ 4<");
    }

    private String[] pageCsv(long line, String type) throws Exception {
        var request = get("/finance/ledger.csv").param("line", String.valueOf(line)).with(as("finance"));
        if (type != null) {
            request.param("type", type);
        }
        String csv = new String(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8);
        return csv.substring(1).split("\r\n");
    }
}

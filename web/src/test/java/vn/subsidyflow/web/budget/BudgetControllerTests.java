package vn.subsidyflow.web.budget;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.subsidyflow.web.security.ApiSlice.as;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.subsidyflow.budget.BudgetLedger;
import vn.subsidyflow.budget.BudgetLine;
import vn.subsidyflow.budget.BudgetOverview;
import vn.subsidyflow.budget.Budgets;
import vn.subsidyflow.budget.EntryType;
import vn.subsidyflow.budget.LedgerEntry;
import vn.subsidyflow.budget.LedgerMonitor;
import vn.subsidyflow.budget.Reconciliation;
import vn.subsidyflow.calendar.WorkingDayCalendar;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.disbursement.Clawbacks;
import vn.subsidyflow.disbursement.FiscalYearEnd;
import vn.subsidyflow.web.security.ApiSlice;

/** Budget lines, clawbacks, year-end closings and the ledger at the edge. */
@WebMvcTest({BudgetController.class, ClawbackController.class, LedgerController.class})
@Import({ApiSlice.class, MoneySlice.class})
class BudgetControllerTests {

    private static final BudgetLine LINE = new BudgetLine(5, 1, 2026, Category.MANAGEMENT_SYSTEM, 100, 30, 20);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    BudgetLedger ledger;
    @MockitoBean
    Budgets budgets;
    @MockitoBean
    WorkingDayCalendar calendar;
    @MockitoBean
    Clawbacks clawbacks;
    @MockitoBean
    FiscalYearEnd yearEnd;
    @MockitoBean
    LedgerMonitor monitor;

    @ParameterizedTest
    @ValueSource(strings = {"finance", "admin", "auditor", "approver"})
    void budgetReadersSeeTheOverview(String reader) throws Exception {
        given(ledger.overview(2026)).willReturn(new BudgetOverview(2026, 1_000, List.of(LINE)));
        mvc.perform(get("/api/v1/budget").param("fiscalYear", "2026").with(as(reader)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].availableVnd").value(50));
    }

    @Test
    void aReadThatRunsOutOfTimeIsAnsweredBusyNotBroken() throws Exception {
        given(ledger.overview(2026)).willThrow(new org.springframework.dao.QueryTimeoutException("timed out"));
        mvc.perform(get("/api/v1/budget").param("fiscalYear", "2026").with(as("finance")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value("DATABASE_BUSY"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"applicant1", "intake", "reviewer"})
    void othersMayNotReadTheBudget(String other) throws Exception {
        mvc.perform(get("/api/v1/budget").with(as(other)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mvc.perform(get("/api/v1/budget/ledger").with(as(other))).andExpect(status().isForbidden());
        verifyNoInteractions(ledger);
    }

    @ParameterizedTest
    @ValueSource(strings = {"auditor", "approver", "applicant1"})
    void onlyFinanceAndAdminMoveMoney(String reader) throws Exception {
        allocate("{\"fiscalYear\":2026,\"category\":\"MANAGEMENT_SYSTEM\",\"allocatedVnd\":100}", reader, null)
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/budget/clawbacks").with(as(reader)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"applicationId\":1,\"amountVnd\":1}")).andExpect(status().isForbidden());
        verifyNoInteractions(budgets, clawbacks);
    }

    @Test
    void anAllocationIsAnsweredAsStoredJsonWithItsStatus() throws Exception {
        given(budgets.allocate(any(), eq(null), eq(2026), eq(Category.MANAGEMENT_SYSTEM), eq(100L), eq("Phân bổ"), eq("QĐ 1"),
                eq("key-1"))).willReturn(LINE);
        allocate("{\"fiscalYear\":2026,\"category\":\"MANAGEMENT_SYSTEM\",\"allocatedVnd\":100,\"reason\":\"Phân bổ\","
                + "\"documentRef\":\"QĐ 1\"}", "finance", "key-1")
                .andExpect(status().isCreated())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.id").value(5))
                .andExpect(jsonPath("$.availableVnd").value(50));
    }

    @Test
    void moneyRequestsAreCheckedBeforeAnyMoneyMoves() throws Exception {
        allocate("{\"category\":\"MANAGEMENT_SYSTEM\",\"allocatedVnd\":100}", "finance", null)
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("INVALID_INPUT"));
        allocate("{\"fiscalYear\":2101,\"category\":\"MANAGEMENT_SYSTEM\",\"allocatedVnd\":100}", "finance", null)
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("INVALID_YEAR"));
        allocate("{\"fiscalYear\":2026,\"category\":\"MANAGEMENT_SYSTEM\",\"allocatedVnd\":0}", "finance", null)
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("INVALID_AMOUNT"));
        allocate("{\"fiscalYear\":2026,\"category\":7,\"allocatedVnd\":1}", "finance", null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        allocate("{\"fiscalYear\":2026,\"category\":\"MANAGEMENT_SYSTEM\",\"allocatedVnd\":1,\"reason\":\""
                + "r".repeat(Budgets.MAX_REASON + 1) + "\"}", "finance", null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].code").value("INVALID_LENGTH"));
        for (String key : new String[] {"with space", "k".repeat(101), "khóa"}) {
            allocate("{\"fiscalYear\":2026,\"category\":\"MANAGEMENT_SYSTEM\",\"allocatedVnd\":1}", "finance", key)
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.code").value("INVALID_IDEMPOTENCY_KEY"));
        }
        mvc.perform(post("/api/v1/budget/lines/5/top-ups").with(as("finance")).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("INVALID_AMOUNT"));
        mvc.perform(post("/api/v1/budget/transfers").with(as("finance")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fromLineId\":1,\"amountVnd\":5}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("INVALID_INPUT"));
        mvc.perform(post("/api/v1/budget/clawbacks").with(as("finance")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amountVnd\":5}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("INVALID_INPUT"));
        mvc.perform(post("/api/v1/budget/year-end-closings").with(as("finance")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"policyCode\":\"NQ95\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("INVALID_INPUT"));
        mvc.perform(post("/api/v1/budget/year-end-closings").with(as("finance")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fiscalYear\":2026,\"releaseApplicationIds\":[1,null]}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        verifyNoInteractions(budgets, clawbacks, yearEnd);
    }

    @Test
    void theLedgerIsPagedWithinBoundsAndDatesInRange() throws Exception {
        given(ledger.entries(any(), eq(100), eq(50))).willReturn(List.of());
        mvc.perform(get("/api/v1/budget/ledger").param("page", "2").with(as("auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.size").value(50));
        for (String[] bad : new String[][] {{"page", "-1"}, {"page", "20001"}, {"size", "0"}, {"size", "501"}}) {
            mvc.perform(get("/api/v1/budget/ledger").param(bad[0], bad[1]).with(as("auditor")))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.code").value("INVALID_PAGE"));
        }
        mvc.perform(get("/api/v1/budget/ledger").param("from", "1999-12-31").with(as("auditor")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("INVALID_DATE_RANGE"));
        mvc.perform(get("/api/v1/budget/ledger").param("from", "2026-03-02").param("to", "2026-03-01").with(as("auditor")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("INVALID_DATE_RANGE"));
        mvc.perform(get("/api/v1/budget/ledger").param("from", "02/03/2026").with(as("auditor")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
        mvc.perform(get("/api/v1/budget/ledger").param("line", "x").with(as("auditor")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
    }

    @Test
    void theCsvExportNeutralisesFormulasInText() throws Exception {
        LedgerEntry entry = new LedgerEntry(1L, 5, EntryType.ALLOCATE, 100, null, null, "finance", "=HYPERLINK(\"x\")",
                "+QĐ 1", "k", Instant.parse("2026-03-02T03:00:00Z"));
        willAnswer(call -> {
            call.<Consumer<LedgerEntry>>getArgument(1).accept(entry);
            return null;
        }).given(ledger).forEachEntry(any(), any());

        mvc.perform(get("/api/v1/budget/ledger.csv").with(as("finance")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"ledger.csv\""))
                .andExpect(content().string(org.hamcrest.Matchers.startsWith(String.join(",", LedgerCsv.HEADER))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"'=HYPERLINK(\"\"x\"\")\",'+QĐ 1")));
    }

    @Test
    void theReconciliationSaysWhetherTheLedgerAddsUp() throws Exception {
        given(monitor.check()).willReturn(new Reconciliation(Instant.parse("2026-03-02T03:00:00Z"), List.of(), List.of()));
        mvc.perform(get("/api/v1/budget/reconciliation").with(as("auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consistent").value(true))
                .andExpect(jsonPath("$.checkedAt").value("2026-03-02T03:00:00Z"));
    }

    private ResultActions allocate(String body, String user, String key) throws Exception {
        var request = post("/api/v1/budget/lines").with(as(user)).contentType(MediaType.APPLICATION_JSON).content(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request);
    }
}

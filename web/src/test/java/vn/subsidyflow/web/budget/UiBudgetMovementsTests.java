package vn.subsidyflow.web.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.htmlunit.MockMvcWebClientBuilder;
import vn.subsidyflow.budget.BudgetLedger;
import vn.subsidyflow.budget.BudgetLine;
import vn.subsidyflow.budget.LedgerEntry;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.catalog.PolicyVersions;
import vn.subsidyflow.web.support.Scenario;
import vn.subsidyflow.web.support.UiTestSupport;

/**
 * Finance moves budget money from the pages, as a browser without JavaScript does: the form, the
 * "you are about to …" page, the confirm button — pressed twice to prove the money moves once —
 * and each refusal shown on the form. Each test has a programme of its own (a {@link Scenario}).
 */
class UiBudgetMovementsTests extends UiTestSupport {

    private static final int YEAR = Scenario.YEAR;

    @LocalServerPort
    int port;
    @Autowired
    BudgetLedger ledger;
    @Autowired
    PolicyVersions policies;

    private WebClient browser;

    @BeforeEach
    void signInAsFinance() throws Exception {
        browser = MockMvcWebClientBuilder.mockMvcSetup(mvc).build();
        browser.getOptions().setJavaScriptEnabled(false);
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        HtmlPage login = browser.getPage("http://localhost/login");
        HtmlForm form = login.getForms().get(login.getForms().size() - 1);
        form.getInputByName("username").type("finance");
        form.getInputByName("password").type(Scenario.PASSWORD);
        HtmlPage home = submit(form);
        assertThat(home.getUrl().getPath()).isEqualTo("/finance");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void shouldAllocateTheLinesOfAYearAfterTheConfirmationAndOnlyOnceWhenConfirmedTwice() throws Exception {
        Scenario s = Scenario.create(port, 0, 0, 0);
        HtmlPage page = browser.getPage("http://localhost/finance/lines/new?year=" + (YEAR + 1));
        HtmlForm form = page.getHtmlElementById("movement-form");
        form.getSelectByName("policyCode").setSelectedAttribute(s.tag, true);
        form.getInputByName("amount_MANAGEMENT_SYSTEM").type("40.000.000");
        form.getInputByName("amount_CONFORMITY_CERTIFICATION").type("15000000");
        form.getTextAreaByName("reason").setText("Dự toán năm sau theo quyết định giao");
        form.getInputByName("documentRef").type("12/QĐ-UBND");

        HtmlPage confirmation = submit(form);
        assertThat(confirmation.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(confirmation.asNormalizedText()).contains("Bạn sắp giao dự toán năm " + (YEAR + 1) + " cho chương trình " + s.tag)
                .contains("40.000.000 ₫").contains("15.000.000 ₫").contains("12/QĐ-UBND");
        assertThat(lines(s, YEAR + 1)).as("nothing moves before the confirmation").isEmpty();

        WebRequest confirm = confirmRequest(confirmation);
        HtmlPage done = browser.getPage(confirm);
        assertThat(done.getUrl().toString()).endsWith("/finance?year=" + (YEAR + 1));
        assertThat(done.asNormalizedText()).contains("Đã giao dự toán.");
        HtmlPage again = browser.getPage(confirm);
        assertThat(again.asNormalizedText()).contains("Yêu cầu này đã được thực hiện trước đó");

        Map<Category, BudgetLine> lines = lines(s, YEAR + 1);
        assertThat(lines).containsOnlyKeys(Category.MANAGEMENT_SYSTEM, Category.CONFORMITY_CERTIFICATION);
        assertThat(lines.get(Category.MANAGEMENT_SYSTEM).allocatedVnd()).isEqualTo(40_000_000L);
        assertThat(lines.get(Category.CONFORMITY_CERTIFICATION).allocatedVnd()).isEqualTo(15_000_000L);
        List<LedgerEntry> entries = ledger.entries(lines.get(Category.MANAGEMENT_SYSTEM).id(), null, 0, 10);
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo("Dự toán năm sau theo quyết định giao");
            assertThat(e.documentRef()).isEqualTo("12/QĐ-UBND");
            assertThat(e.actor()).isEqualTo("finance");
        });
    }

    @Test
    void shouldRefuseABadAllocationFormOnTheFormInVietnameseAndEnglish() throws Exception {
        HtmlPage page = browser.getPage("http://localhost/finance/lines/new");
        HtmlForm form = page.getHtmlElementById("movement-form");
        form.getInputByName("fiscalYear").setValue("99");
        HtmlPage refused = submit(form);
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(refused.getElementById("fiscalYear-error").asNormalizedText()).isEqualTo("Nhập năm ngân sách (từ 2000 đến 2100).");

        form = refused.getHtmlElementById("movement-form");
        form.getInputByName("fiscalYear").setValue(String.valueOf(YEAR + 1));
        refused = submit(form);
        assertThat(refused.getElementById("amount_MANAGEMENT_SYSTEM-error")).as("no category given an amount").isNotNull();

        form = refused.getHtmlElementById("movement-form");
        form.getInputByName("amount_INTELLECTUAL_PROPERTY").type("-5");
        refused = submit(form);
        assertThat(refused.getElementById("amount_INTELLECTUAL_PROPERTY-error").asNormalizedText())
                .isEqualTo("Nhập số tiền bằng đồng, lớn hơn 0.");

        form = refused.getHtmlElementById("movement-form");
        form.getInputByName("amount_INTELLECTUAL_PROPERTY").setValue("5000000");
        refused = submit(form);
        assertThat(refused.getElementById("reason-error").asNormalizedText()).isEqualTo("Nhập lý do (tối đa 1000 ký tự).");
        assertThat(form(refused).getInputByName("amount_INTELLECTUAL_PROPERTY").getValue())
                .as("what was typed is kept").isEqualTo("5000000");

        HtmlPage english = browser.getPage("http://localhost/finance/lines/new?lang=en");
        form = english.getHtmlElementById("movement-form");
        form.getInputByName("amount_MANAGEMENT_SYSTEM").type("1000");
        form.getTextAreaByName("reason").setText("Reason");
        refused = submit(form);
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(refused.getElementById("documentRef-error").asNormalizedText())
                .isEqualTo("Enter the deciding document's number (at most 200 characters).");

        form = refused.getHtmlElementById("movement-form");
        form.getSelectByName("policyCode").setSelectedAttribute("", true);
        form.getInputByName("documentRef").type("1/QĐ");
        form.getInputByName("fiscalYear").setValue("1999");
        refused = submit(form);
        assertThat(refused.getElementById("fiscalYear-error").asNormalizedText()).isEqualTo("Enter a fiscal year (2000 to 2100).");
    }

    @Test
    void shouldTopUpALineOnceWhenConfirmedTwiceAndRefuseABadAmountOnTheForm() throws Exception {
        Scenario s = Scenario.create(port, 10_000_000L, 0, 0);
        long line = s.lineId(Category.MANAGEMENT_SYSTEM);
        HtmlPage page = browser.getPage("http://localhost/finance/lines/" + line + "/top-up");
        HtmlForm form = page.getHtmlElementById("movement-form");
        form.getInputByName("amount").type("mười triệu");
        form.getTextAreaByName("reason").setText("Bổ sung dự toán");
        form.getInputByName("documentRef").type("45/QĐ-UBND");
        HtmlPage refused = submit(form);
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(refused.getElementById("amount-error").asNormalizedText()).isEqualTo("Nhập số tiền bằng đồng, lớn hơn 0.");

        form = refused.getHtmlElementById("movement-form");
        form.getInputByName("amount").setValue("5.000.000");
        HtmlPage confirmation = submit(form);
        assertThat(confirmation.asNormalizedText()).contains("Bạn sắp bổ sung 5.000.000 ₫ vào dòng dự toán " + YEAR);

        // The "change" button goes back to the form as typed, and moves nothing.
        HtmlPage edited = browser.getPage(editRequest(confirmation));
        assertThat(form(edited).getInputByName("amount").getValue()).isEqualTo("5.000.000");
        assertThat(ledger.line(line).allocatedVnd()).isEqualTo(10_000_000L);

        WebRequest confirm = confirmRequest(confirmation);
        assertThat(browser.getPage(confirm).getUrl().toString()).endsWith("/finance?year=" + YEAR);
        assertThat(((HtmlPage) browser.getPage(confirm)).asNormalizedText()).contains("Yêu cầu này đã được thực hiện trước đó");
        assertThat(ledger.line(line).allocatedVnd()).isEqualTo(15_000_000L);
        assertThat(ledger.entries(line, null, 0, 10)).hasSize(2);
    }

    @Test
    void shouldTransferOnceAndShowWhyATransferIsRefused() throws Exception {
        Scenario s = Scenario.create(port, 30_000_000L, 10_000_000L, 0);
        long from = s.lineId(Category.MANAGEMENT_SYSTEM);
        long to = s.lineId(Category.CONFORMITY_CERTIFICATION);

        HtmlPage same = submit(transferForm(from, from, "1000"));
        assertThat(same.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(same.getElementById("toLineId-error").asNormalizedText()).isEqualTo("Chọn hai dòng dự toán khác nhau.");

        // More than the line has: checked by the ledger when confirmed, and said at the top of the form.
        HtmlPage tooMuch = browser.getPage(confirmRequest(submit(transferForm(from, to, "50.000.000"))));
        assertThat(tooMuch.getWebResponse().getStatusCode()).isEqualTo(409);
        assertThat(tooMuch.asNormalizedText()).contains("Dòng dự toán không còn đủ số tiền này.");
        assertThat(form(tooMuch).getInputByName("amount").getValue()).isEqualTo("50.000.000");
        assertThat(ledger.line(from).allocatedVnd()).isEqualTo(30_000_000L);

        HtmlPage confirmation = submit(transferForm(from, to, "12.000.000"));
        assertThat(confirmation.asNormalizedText()).contains("Bạn sắp điều chuyển 12.000.000 ₫");
        WebRequest confirm = confirmRequest(confirmation);
        assertThat(((HtmlPage) browser.getPage(confirm)).asNormalizedText()).contains("Đã điều chuyển dự toán.");
        browser.getPage(confirm);
        assertThat(ledger.line(from).allocatedVnd()).isEqualTo(18_000_000L);
        assertThat(ledger.line(to).allocatedVnd()).isEqualTo(22_000_000L);
    }

    @Test
    void shouldCloseAYearOnceAndShowWhyAClosingIsRefused() throws Exception {
        Scenario s = Scenario.create(port, 10_000_000L, 0, 0);
        long policyVersionId = policyVersionId(s);

        HtmlPage refused = submit(yearEndForm(s, "HS-abc"));
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(refused.getElementById("release-error")).isNotNull();

        // A dossier that holds no commitment in the year: refused whole, the year stays open.
        HtmlPage unknown = browser.getPage(confirmRequest(submit(yearEndForm(s, "HS-999999999"))));
        assertThat(unknown.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(unknown.asNormalizedText()).contains("Có hồ sơ được nêu không có khoản cam kết chưa chi");
        assertThat(ledger.yearClosed(policyVersionId, YEAR)).isFalse();

        HtmlPage confirmation = submit(yearEndForm(s, ""));
        assertThat(confirmation.asNormalizedText()).contains("Bạn sắp khóa sổ năm " + YEAR).contains("Không giải phóng hồ sơ nào.");
        WebRequest confirm = confirmRequest(confirmation);
        assertThat(((HtmlPage) browser.getPage(confirm)).asNormalizedText()).contains("Đã khóa sổ năm ngân sách.");
        assertThat(ledger.yearClosed(policyVersionId, YEAR)).isTrue();
        // Confirmed again: the first answer, not "this year is already closed".
        assertThat(((HtmlPage) browser.getPage(confirm)).asNormalizedText()).contains("Yêu cầu này đã được thực hiện trước đó");
    }

    @Test
    void shouldKeepReadersOfTheBudgetFromMovingIt() throws Exception {
        Scenario s = Scenario.create(port, 10_000_000L, 0, 0);
        long line = s.lineId(Category.MANAGEMENT_SYSTEM);
        mvc.perform(get("/finance/lines/new").with(as("auditor"))).andExpect(status().isForbidden());
        mvc.perform(post("/finance/lines/{id}/top-up/confirm", line).param("amount", "1000").param("reason", "x")
                        .param("documentRef", "x").param("token", "0123-abcd").with(as("approver")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(ledger.line(line).allocatedVnd()).isEqualTo(10_000_000L);
    }

    private HtmlForm transferForm(long from, long to, String amount) throws Exception {
        HtmlForm form = ((HtmlPage) browser.getPage("http://localhost/finance/transfers/new?from=" + from)).getHtmlElementById("movement-form");
        form.getSelectByName("toLineId").setSelectedAttribute(String.valueOf(to), true);
        form.getSelectByName("fromLineId").setSelectedAttribute(String.valueOf(from), true);
        form.getInputByName("amount").type(amount);
        form.getTextAreaByName("reason").setText("Điều chỉnh giữa hai lĩnh vực");
        form.getInputByName("documentRef").type("77/QĐ-UBND");
        return form;
    }

    private HtmlForm yearEndForm(Scenario s, String release) throws Exception {
        HtmlForm form = ((HtmlPage) browser.getPage("http://localhost/finance/year-end?year=" + YEAR)).getHtmlElementById("movement-form");
        form.getSelectByName("policyCode").setSelectedAttribute(s.tag, true);
        form.getInputByName("release").type(release);
        form.getTextAreaByName("reason").setText("Khóa sổ cuối năm");
        form.getInputByName("documentRef").type("99/QĐ-SKHCN");
        return form;
    }

    private static HtmlForm form(HtmlPage page) {
        return page.getHtmlElementById("movement-form");
    }

    private static HtmlPage submit(HtmlForm form) throws Exception {
        return form.getOneHtmlElementByAttribute("button", "type", "submit").click();
    }

    /** The confirm button's request, to be sent as often as a user would press it. */
    private static WebRequest confirmRequest(HtmlPage confirmation) {
        HtmlForm form = confirmation.getHtmlElementById("confirm-form");
        return form.getWebRequest(confirmation.<HtmlButton>getHtmlElementById("confirm"));
    }

    private static WebRequest editRequest(HtmlPage confirmation) {
        HtmlForm form = confirmation.getHtmlElementById("confirm-form");
        return form.getWebRequest(form.getButtonByName("edit"));
    }

    private long policyVersionId(Scenario s) {
        return policies.versions().stream().filter(v -> v.code().equals(s.tag)).findFirst().orElseThrow().id();
    }

    private Map<Category, BudgetLine> lines(Scenario s, int year) {
        long version = policyVersionId(s);
        Map<Category, BudgetLine> lines = new java.util.EnumMap<>(Category.class);
        ledger.allLines().stream().filter(l -> l.policyVersionId() == version && l.fiscalYear() == year)
                .forEach(l -> lines.put(l.category(), l));
        return lines;
    }
}

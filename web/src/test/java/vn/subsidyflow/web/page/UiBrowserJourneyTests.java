package vn.subsidyflow.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.subsidyflow.application.ApplicationStatus;
import vn.subsidyflow.catalog.DocumentKind;
import vn.subsidyflow.shared.Role;
import vn.subsidyflow.web.support.TaxCodes;
import vn.subsidyflow.web.support.UiTestSupport;

/**
 * Three journeys in a real browser (Debian's Chromium, headless) against the running app: a
 * business signs up and files; three staff users take the dossier to a decision; finance pays and
 * sees the dashboard move. Screenshots go to {@code web/target/screenshots/}. Skipped, saying so,
 * only where no Chromium is installed.
 */
class UiBrowserJourneyTests extends UiTestSupport {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    private WebDriver browser;
    private Path profile;

    @BeforeAll
    static void requireChromium() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Skipping the browser journeys: no Chromium at " + CHROMIUM + " and " + CHROMEDRIVER
                        + " (apt-get install -y chromium chromium-driver)");
        Files.createDirectories(SHOTS);
    }

    @BeforeEach
    void openBrowser() throws IOException {
        profile = Files.createTempDirectory("sf-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,900", "--lang=vi");
        // One driver service per browser: quitting the browser stops its service.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aBusinessSignsUpAndFilesAnIsoDossier() throws IOException {
        String username = "web" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        open("/");
        shot("1-01-landing");
        clickAndWait(browser.findElement(By.linkText("Đăng ký tài khoản")));
        type("organisationName", "Công ty CP Gốm Sứ Kỳ Anh");
        new Select(browser.findElement(By.id("organisationType"))).selectByValue("ENTERPRISE");
        type("taxCode", "0100233489");
        type("address", "Phường Kỳ Trinh, tỉnh Hà Tĩnh");
        type("email", username + "@example.vn");
        type("username", username);
        type("password", PASSWORD);
        type("passwordAgain", PASSWORD);
        submit();
        assertThat(browser.findElement(By.id("taxCode-error")).getText()).contains("Mã số thuế không hợp lệ");
        shot("1-02-signup-tax-code-error");
        browser.findElement(By.id("taxCode")).clear();
        type("taxCode", TaxCodes.fresh());
        type("password", PASSWORD);
        type("passwordAgain", PASSWORD);
        submit();
        assertThat(browser.getCurrentUrl()).contains("/login?registered=" + username);
        signIn(username, PASSWORD);
        assertThat(browser.getCurrentUrl()).endsWith("/my/dossiers");

        clickAndWait(browser.findElement(By.cssSelector(".page-head .btn-primary")));
        browser.findElement(By.cssSelector("input[name=item][value=ISO_9001]")).click();
        shot("1-03-wizard-choose");
        submit();
        type("title", "Áp dụng ISO 9001:2015 tại nhà máy gốm");
        type("cost", "123456789");
        assertThat(browser.findElement(By.id("max-support")).getText()).isEqualTo("50.000.000 ₫");
        shot("1-04-wizard-cost");
        submit();
        assertThat(browser.getCurrentUrl()).contains("created");
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/my/dossiers/(\\d+).*", "$1"));

        Path dir = Files.createTempDirectory("sf-upload");
        for (DocumentKind kind : catalog.itemInForce("ISO_9001", calendar.today()).requiredDocuments()) {
            Path file = dir.resolve(kind.name().toLowerCase() + ".pdf");
            Files.writeString(file, "%PDF-1.4\n% " + kind + "\n%%EOF", StandardCharsets.UTF_8);
            new Select(browser.findElement(By.id("kind"))).selectByValue(kind.name());
            browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
            clickAndWait(browser.findElement(By.cssSelector("form.upload button[type=submit]")));
            assertThat(browser.findElement(By.cssSelector(".flash-ok")).getText()).contains("Đã tải lên");
        }
        shot("1-05-documents");
        clickAndWait(browser.findElement(By.cssSelector(".actions-card form button")));
        assertThat(browser.findElement(By.cssSelector(".page-head .badge")).getText()).isEqualTo("Chờ tiếp nhận");
        shot("1-06-filed");
        assertThat(applications.get(actor(username), id).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void intakeAppraisalAndDecisionByThreeStaffUsers() {
        long id = filed(newBusiness(), "ISO_22000_HACCP", 100_000_000L);

        signIn("intake", "demo");
        open("/inbox?step=intake");
        shot("2-01-inbox");
        open("/inbox/tasks/" + taskId(staff("intake", Role.INTAKE), id, "intake"));
        shot("2-02-intake");
        outcome("ACCEPT");
        signOut();

        signIn("reviewer", "demo");
        open("/inbox/tasks/" + taskId(staff("reviewer", Role.REVIEWER), id, "appraisal"));
        WebElement amount = browser.findElement(By.id("amount"));
        assertThat(amount.getAttribute("value")).isEqualTo("50.000.000");
        amount.clear();
        amount.sendKeys("45.000.000");
        type("comment", "Đủ điều kiện; chi phí tư vấn và chứng nhận hợp lệ.");
        shot("2-03-appraisal");
        outcome("RECOMMEND_APPROVAL");
        signOut();

        signIn("approver", "demo");
        open("/inbox/tasks/" + taskId(staff("approver", Role.APPROVER), id, "decision"));
        type("decisionNumber", id + "/QĐ-SKHCN");
        shot("2-04-decision");
        outcome("APPROVE");
        shot("2-05-after-decision");
        assertThat(applications.get(staff("approver", Role.APPROVER), id).status()).isEqualTo(ApplicationStatus.AWAITING_PAYMENT);
        assertThat(applications.get(staff("approver", Role.APPROVER), id).approvedAmountVnd()).isEqualTo(45_000_000L);
    }

    @Test
    void financePaysAndSeesTheDashboardChange() {
        long id = filed(newBusiness(), "TCVN_CONFORMITY", 40_000_000L);
        approved(id, 20_000_000L);

        signIn("finance", "demo");
        assertThat(browser.getCurrentUrl()).endsWith("/finance");
        String paidBefore = kpi("kpi-paid");
        shot("3-01-dashboard-before");
        clickAndWait(browser.findElement(By.xpath("//td[text()='HS-" + id + "']/..//a")));
        type("paymentReference", "KBNN-HT-" + id);
        shot("3-02-payment");
        outcome("PAY");
        assertThat(applications.get(staff("finance", Role.FINANCE), id).status()).isEqualTo(ApplicationStatus.PAID);
        open("/finance");
        String paidAfter = kpi("kpi-paid");
        assertThat(amount(paidAfter) - amount(paidBefore)).isEqualTo(20_000_000L);
        shot("3-03-dashboard-after");
        open("/finance/ledger?dossier=" + id);
        assertThat(browser.findElement(By.cssSelector("table")).getText()).contains("20.000.000 ₫");
        shot("3-04-ledger");
        browser.manage().window().setSize(new Dimension(390, 844));
        open("/finance");
        shot("3-05-dashboard-phone");
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void signIn(String username, String password) {
        open("/login");
        type("username", username);
        type("password", password);
        submit();
    }

    private void signOut() {
        clickAndWait(browser.findElement(By.cssSelector(".topbar form button")));
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void submit() {
        clickAndWait(browser.findElement(By.cssSelector("main form button[type=submit].btn-primary")));
    }

    private void outcome(String outcome) {
        clickAndWait(browser.findElement(By.cssSelector("button[name=outcome][value=" + outcome + "]")));
        assertThat(browser.findElement(By.cssSelector(".flash-ok")).getText()).isEqualTo("Đã ghi nhận.");
    }

    /**
     * Clicks and waits for the next page to replace this one and finish loading. The old page is
     * marked with a window property that the next page does not have. Waiting for the old element
     * to go stale raced the navigation: Chromium answered "Node with given id does not belong to
     * the document" instead of a stale-element error while the page was being swapped, so errors
     * during the swap are retried until the new page answers.
     */
    private void clickAndWait(WebElement target) {
        JavascriptExecutor page = (JavascriptExecutor) browser;
        page.executeScript("window.subsidyflowLeaving = true");
        target.click();
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .ignoring(WebDriverException.class)
                .until(b -> Boolean.TRUE.equals(page.executeScript(
                        "return window.subsidyflowLeaving === undefined && document.readyState === 'complete'")));
    }

    private String kpi(String css) {
        return browser.findElement(By.cssSelector("." + css + " strong")).getText();
    }

    private static long amount(String shown) {
        return Long.parseLong(shown.replaceAll("[^0-9]", ""));
    }

    private void shot(String name) {
        long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.body.scrollHeight");
        Dimension size = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(Math.max(height + 140, 700), 3000)));
        try {
            Files.write(SHOTS.resolve(name + ".png"), ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            browser.manage().window().setSize(size);
        }
    }
}

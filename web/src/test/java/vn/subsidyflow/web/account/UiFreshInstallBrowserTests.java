package vn.subsidyflow.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.DedicatedNode;

/**
 * A Department's first day, in a real browser (Debian's Chromium, headless): on a fresh install
 * (no demo data, the first administrator from the settings) the administrator creates a reviewer
 * and a policy version from the pages and publishes it; the reviewer signs in with the temporary
 * password and can do nothing before changing it. CI installs Chromium and fails without it.
 */
class UiFreshInstallBrowserTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final String ADMIN_PASSWORD = "Sở Khoa học Hà Tĩnh 2026";
    private static final String REVIEWER_PASSWORD = "Ngàn Phố chảy về sông La";

    @BeforeAll
    static void screenshots() throws IOException {
        Files.createDirectories(SHOTS);
    }

    @Test
    void anAdministratorSetsUpAReviewerAndAPolicyVersionAndTheReviewerMustChangeTheTemporaryPassword() throws IOException {
        String schema = "fresh_install_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        try (DedicatedNode node = DedicatedNode.startWithoutDemo("mariadb-first-start", schema,
                "--subsidyflow.admin.username=chief", "--subsidyflow.admin.password=" + ADMIN_PASSWORD)) {
            String base = "http://localhost:" + node.port();
            WebDriver browser = browser();
            try {
                signIn(browser, base, "chief", ADMIN_PASSWORD);

                browser.get(base + "/admin/users");
                browser.findElement(By.id("username")).sendKeys("reviewer1");
                browser.findElement(By.id("displayName")).sendKeys("Nguyễn Văn Thẩm");
                browser.findElement(By.id("email")).sendKeys("thamdinh@skhcn.hatinh.gov.vn");
                browser.findElement(By.cssSelector("input[name=roles][value=REVIEWER]")).click();
                submit(browser, "form[action$='/admin/users']");
                // The account's page is answered to the form's POST itself: the password is in no address or flash.
                assertThat(browser.getPageSource()).contains("reviewer1");
                String temporary = browser.findElement(By.cssSelector("#temporary-password code")).getText().trim();
                assertThat(temporary).as("the temporary password, shown once").isNotBlank();
                shot(browser, "fresh-install-1-reviewer-created");

                String code = "NQ-2027-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
                LocalDate from = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1);
                browser.get(base + "/admin/policy-versions");
                browser.findElement(By.id("newCode")).sendKeys(code);
                browser.findElement(By.id("name")).sendKeys("Nghị quyết hỗ trợ 2027 (bản thử)");
                // A date field's typed form follows the browser's locale; its value does not.
                ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                        browser.findElement(By.id("effectiveFrom")), from.toString());
                submit(browser, "form[action*='/copies']");
                assertThat(browser.getCurrentUrl()).endsWith("/admin/policy-versions/" + code);
                Api chief = Api.as(node.port(), "chief", ADMIN_PASSWORD);
                assertThat(chief.get("/api/v1/policy-versions/" + code).text("status")).isEqualTo("DRAFT");

                browser.get(base + "/admin/policy-versions/" + code + "/publication");
                submit(browser, "form[action$='/publication']");
                assertThat(browser.getCurrentUrl()).endsWith("/admin/policy-versions/" + code);
                shot(browser, "fresh-install-2-policy-published");
                Api.Response published = chief.get("/api/v1/policy-versions/" + code);
                assertThat(published.text("status")).as(published.toString()).isEqualTo("IN_FORCE");
                assertThat(chief.get("/api/v1/support-items?on=" + from).body().toString()).contains(code);

                browser.manage().deleteAllCookies();
                signIn(browser, base, "reviewer1", temporary);
                assertThat(browser.getCurrentUrl()).as("a temporary password opens only the change page")
                        .endsWith("/account/password");
                browser.get(base + "/inbox");
                assertThat(browser.getCurrentUrl()).endsWith("/account/password");
                assertThat(Api.as(node.port(), "reviewer1", temporary).get("/api/v1/tasks").code())
                        .isEqualTo("PASSWORD_CHANGE_REQUIRED");

                browser.findElement(By.id("currentPassword")).sendKeys(temporary);
                browser.findElement(By.id("newPassword")).sendKeys(REVIEWER_PASSWORD);
                browser.findElement(By.id("newPasswordAgain")).sendKeys(REVIEWER_PASSWORD);
                submit(browser, "form[action$='/account/password']");
                browser.get(base + "/inbox");
                assertThat(browser.getCurrentUrl()).endsWith("/inbox");
                shot(browser, "fresh-install-3-reviewer-inbox");
                assertThat(Api.as(node.port(), "reviewer1", REVIEWER_PASSWORD).get("/api/v1/tasks").status()).isEqualTo(200);
                assertThat(Api.as(node.port(), "reviewer1", temporary).get("/api/v1/tasks").status())
                        .as("the temporary password is spent").isEqualTo(401);
            } finally {
                browser.quit();
            }
        }
    }

    private static WebDriver browser() throws IOException {
        Path profile = Files.createTempDirectory("sf-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,900", "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return browser;
    }

    private static void signIn(WebDriver browser, String base, String username, String password) {
        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        submit(browser, "form[action$='/login']");
    }

    /** Submits the form and waits for the page the answer leads to. */
    private static void submit(WebDriver browser, String form) {
        WebElement button = browser.findElement(By.cssSelector(form + " button[type=submit]"));
        String before = browser.getCurrentUrl() + "#" + browser.getPageSource().hashCode();
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> "complete".equals(
                ((JavascriptExecutor) b).executeScript("return document.readyState"))
                && !(b.getCurrentUrl() + "#" + b.getPageSource().hashCode()).equals(before));
    }

    private static void shot(WebDriver browser, String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}

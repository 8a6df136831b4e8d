package vn.subsidyflow.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.subsidyflow.web.support.DedicatedNode;

/**
 * Writes the README's pictures of the reports — {@code reports.png}, {@code disclosure.png} and
 * {@code statistics.png} under {@code web/target/screenshots/} — from the demo start with the shipped
 * example history loaded, in a real browser (Debian's Chromium, headless) at desktop width, and
 * checks that each page shows the figures of that file, so a picture can never show a wrong report.
 * The demo runs on a database of its own: the shared test database holds other tests' dossiers,
 * which would change the figures. Skipped, saying so, only where no Chromium is installed.
 */
class ReportScreenshotsBrowserTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");
    /** The tests run in the web module; the example lives at the root of the project. */
    private static final Path HISTORY = Path.of("..", "docs", "examples", "history-2021-2025.csv");
    private static final int WIDTH = 1280;

    private static DedicatedNode node;
    private static WebDriver browser;
    private static Path profile;

    @BeforeAll
    static void startTheDemoWithTheExampleHistory() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Skipping the report screenshots: no Chromium at " + CHROMIUM + " and " + CHROMEDRIVER
                        + " (apt-get install -y chromium chromium-driver)");
        assertThat(HISTORY).as("the shipped example history").isRegularFile();
        Files.createDirectories(SHOTS);
        String schema = "report_shots_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        node = DedicatedNode.start("mariadb-report-shots", schema,
                "--subsidyflow.demo.history-file=" + HISTORY.toAbsolutePath().normalize());
        profile = Files.createTempDirectory("sf-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=" + WIDTH + ",900", "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() throws IOException {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (node != null) {
                node.close();
            }
            if (profile != null) {
                try (var files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    @Test
    void thePeriodReportPictureShowsTheExampleHistorysFigures() throws IOException {
        signIn("finance", "demo");
        open("/reports?fromYear=2021&toYear=2025");
        assertThat(text()).contains("Giai đoạn 2021–2025, đã hỗ trợ 198 cơ sở sản xuất, kinh doanh với tổng kinh phí "
                + "14.161.000.000 đồng.");
        shot("reports");
    }

    @Test
    void theDisclosurePictureListsTheSupportDecidedIn2024() throws IOException {
        browser.manage().deleteAllCookies();
        open("/disclosure?year=2024");
        assertThat(text()).as("anyone reads it, signed in or not")
                .contains("Tổng số: " + rows(7, 2024) + " khoản hỗ trợ");
        assertThat(browser.findElements(By.cssSelector("table.table tbody tr"))).hasSizeGreaterThan(1);
        shot("disclosure");
    }

    @Test
    void theStatisticsPictureCountsTheDossiersFiledIn2025() throws IOException {
        signIn("finance", "demo");
        open("/statistics?from=2025-01&to=2025-12");
        assertThat(browser.findElement(By.id("stat-received")).getText()).isEqualTo(String.valueOf(rows(5, 2025)));
        shot("statistics");
    }

    /** Rows of the example history whose date in {@code column} (0-based) lies in {@code year}. */
    private static long rows(int column, int year) throws IOException {
        List<String> lines = Files.readAllLines(HISTORY, StandardCharsets.UTF_8);
        return lines.stream().skip(1).filter(line -> !line.startsWith("#") && !line.startsWith("taxCode"))
                .map(line -> line.split(",")[column])
                .map(ReportScreenshotsBrowserTests::date)
                .filter(date -> date.getYear() == year)
                .count();
    }

    private static LocalDate date(String shown) {
        return shown.contains("/") ? LocalDate.parse(shown, DateTimeFormatter.ofPattern("dd/MM/yyyy")) : LocalDate.parse(shown);
    }

    private static void signIn(String username, String password) {
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        JavascriptExecutor page = (JavascriptExecutor) browser;
        page.executeScript("window.subsidyflowLeaving = true");
        browser.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(b -> Boolean.TRUE.equals(page.executeScript(
                        "return window.subsidyflowLeaving === undefined && document.readyState === 'complete'")));
        assertThat(browser.getCurrentUrl()).as("signed in").doesNotContain("/login");
    }

    private static void open(String path) {
        browser.get("http://localhost:" + node.port() + path);
    }

    private static String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** The whole page at desktop width (the window grown to the page's height, up to 3 000 px). */
    private static void shot(String name) throws IOException {
        long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.body.scrollHeight");
        Dimension size = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(WIDTH, (int) Math.min(Math.max(height + 140, 700), 3000)));
        try {
            Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.manage().window().setSize(size);
        }
    }
}

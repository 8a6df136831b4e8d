package vn.subsidyflow.web.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import vn.subsidyflow.SubsidyFlowApplication;
import vn.subsidyflow.db.MariaDbServer;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.DedicatedNode;
import vn.subsidyflow.web.support.Scenario;
import vn.subsidyflow.web.support.TaxCodes;

/**
 * Two application nodes on one database, behind no sticky sessions: every request of the journey
 * goes to the other node than the one before. A business signs up and files on the pages (its page
 * session lives in the database, so its cookie works on both), staff take the dossier through
 * intake, appraisal, decision and a payment batch, and at the end the money, papers, notices and
 * audit are each right once; the scheduled reconciliation ran once per interval for the cluster,
 * not once per node; and the business stays signed in when a node goes away.
 */
class TwoNodesIntegrationTests {

    private static final long RECONCILE_EVERY_MS = 3_000;
    private static final String PASSWORD = "s3cret-pass";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static MariaDbServer server;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private static JdbcTemplate jdbc;
    private static int[] ports;
    private static int next;
    private static Instant started;

    @BeforeAll
    static void startTwoNodesOnOneDatabase() {
        server = MariaDbServer.start(DedicatedNode.sharedDirectory().resolveSibling("mariadb-two-nodes"));
        String[] arguments = {"--server.port=0", "--subsidyflow.db.url=" + server.url("two_nodes"),
                "--subsidyflow.reconciliation.initial-delay-ms=0",
                "--subsidyflow.reconciliation.interval-ms=" + RECONCILE_EVERY_MS,
                // This database is the two nodes' own: every scheduled job runs, as in production
                // (the test contexts that share a database switch the notice worker and the watch off).
                "--subsidyflow.notices.worker-enabled=true", "--subsidyflow.notices.poll-ms=500",
                "--subsidyflow.deadline-watch.enabled=true"};
        started = Instant.now();
        nodeA = new SpringApplicationBuilder(SubsidyFlowApplication.class).profiles("demo").run(arguments);
        nodeB = new SpringApplicationBuilder(SubsidyFlowApplication.class).profiles("demo").run(arguments);
        ports = new int[] {port(nodeA), port(nodeB)};
        jdbc = new JdbcTemplate(nodeA.getBean(DataSource.class));
    }

    @AfterAll
    static void stop() {
        try {
            if (nodeB != null) {
                nodeB.close();
            }
            if (nodeA != null) {
                nodeA.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    void theAcceptanceJourneyRunsWithEachRequestOnEitherNode() throws InterruptedException {
        Scenario scenario = Scenario.create(nextPort(), 200_000_000L, 0, 0);
        Browser business = new Browser();
        String username = "biz" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

        // Signs up and signs in on the pages: the CSRF token of one node's page is accepted by the other.
        HttpResponse<String> signedUp = business.post("/signup", "organisationName=" + enc("Công ty " + username)
                + "&organisationType=ENTERPRISE&taxCode=" + TaxCodes.fresh() + "&address=" + enc("Hà Tĩnh")
                + "&email=" + username + "%40example.vn&username=" + username + "&password=" + PASSWORD
                + "&passwordAgain=" + PASSWORD);
        assertThat(signedUp.headers().firstValue("Location").orElse("")).as(signedUp.body()).contains("/login?registered=");
        HttpResponse<String> signedIn = business.post("/login", "username=" + username + "&password=" + PASSWORD);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/home");
        Api.Response account = Api.as(nextPort(), username, PASSWORD).put("/api/v1/organisation/bank-account",
                Map.of("bankName", "Vietcombank Hà Tĩnh", "accountNumber", "0011" + (System.nanoTime() % 1_000_000_000L + 1_000_000_000L),
                        "accountName", "CONG TY TEST"));
        assertThat(account.status()).as(account.toString()).isEqualTo(200);

        // Files a dossier with its documents on the pages, each request on the other node.
        HttpResponse<String> created = business.post("/my/dossiers", "item=" + scenario.iso + "&title=" + enc("ISO 9001 nhà máy")
                + "&cost=120000000");
        String location = created.headers().firstValue("Location").orElseThrow(() -> new AssertionError(created.body()));
        long id = Long.parseLong(location.replaceAll(".*/my/dossiers/(\\d+).*", "$1"));
        for (String kind : List.of("APPLICATION_FORM", "BUSINESS_REGISTRATION", "CONTRACT", "INVOICE", "CERTIFICATE")) {
            HttpResponse<String> uploaded = business.upload("/my/dossiers/" + id + "/documents", kind);
            assertThat(uploaded.statusCode()).as(kind + ": " + uploaded.body()).isEqualTo(302);
            // The flash message written in the session by one node is shown by the other.
            assertThat(business.get("/my/dossiers/" + id).body()).contains("Đã tải lên");
        }
        assertThat(business.post("/my/dossiers/" + id + "/submit", "").statusCode()).isEqualTo(302);
        assertThat(business.get("/my/dossiers").body()).contains("HS-" + id);

        // Staff on either node: intake, appraisal, decision (by another user than the appraiser), payment batch.
        scenario.completeOk(staff("intake"), id, "intake", Map.of("outcome", "ACCEPT"));
        scenario.completeOk(staff("reviewer"), id, "appraisal", Map.of("outcome", "RECOMMEND_APPROVAL", "amountVnd", 45_000_000L));
        scenario.completeOk(staff("approver"), id, "decision", Map.of("outcome", "APPROVE", "decisionNumber", id + "/QĐ-SKHCN"));
        Api.Response batch = staff("finance").post("/api/v1/payment-batches", Map.of("description", "UNC 2 nodes",
                "payments", List.of(Map.of("applicationId", id))), Map.of("Idempotency-Key", "two-nodes-" + id));
        assertThat(batch.status()).as(batch.toString()).isEqualTo(201);
        await("the batch ordered", () -> "COMPLETED".equals(
                staff("finance").get("/api/v1/payment-batches/" + batch.number("id")).body().path("status").asString()));

        // The money: paid once, the line disbursed once, the ledger consistent on both nodes.
        JsonNode dossier = staff("finance").get("/api/v1/applications/" + id).body();
        assertThat(dossier.path("status").asString()).isEqualTo("PAID");
        assertThat(dossier.path("paidAmountVnd").asLong()).isEqualTo(45_000_000L);
        JsonNode line = staff("finance").get("/api/v1/budget?fiscalYear=" + Scenario.YEAR).body();
        assertThat(line.toString()).contains("\"id\":" + scenario.lineId(vn.subsidyflow.catalog.Category.MANAGEMENT_SYSTEM));
        JsonNode entries = staff("finance").get("/api/v1/budget/ledger?application=" + id).body().path("entries");
        List<String> types = new ArrayList<>();
        entries.forEach(entry -> types.add(entry.path("entryType").asString()));
        assertThat(types).containsExactlyInAnyOrder("COMMIT", "DISBURSE");
        assertThat(scenario.line(vn.subsidyflow.catalog.Category.MANAGEMENT_SYSTEM).path("disbursedVnd").asLong())
                .isEqualTo(45_000_000L);
        assertThat(staff("finance").get("/api/v1/budget/reconciliation").body().path("consistent").asBoolean()).isTrue();
        assertThat(staff("finance").get("/api/v1/budget/reconciliation").body().path("consistent").asBoolean()).isTrue();

        // The papers, each once; the notices, one per paper however many workers polled; the audit, each step once.
        JsonNode papers = Api.as(nextPort(), username, PASSWORD).get("/api/v1/applications/" + id + "/papers").body();
        List<String> kinds = new ArrayList<>();
        papers.forEach(paper -> kinds.add(paper.path("kind").asString()));
        assertThat(kinds).containsExactly("RECEIPT", "DECISION", "PAYMENT_NOTICE");
        await("every notice of the dossier sent", () -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM notice WHERE application_id = ? AND status <> 'SENT'", Integer.class, id) == 0);
        assertThat(jdbc.queryForList("SELECT paper_id FROM notice WHERE application_id = ? AND paper_id IS NOT NULL "
                + "GROUP BY paper_id, recipient HAVING COUNT(*) > 1", id)).as("a paper noticed twice").isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT paper_id) FROM notice WHERE application_id = ?", Integer.class, id))
                .isEqualTo(3);
        List<String> steps = jdbc.queryForList("SELECT CONCAT(actor, ':', action) FROM audit_event WHERE application_id = ? "
                + "AND actor IN ('intake', 'reviewer', 'approver') ORDER BY id", String.class, id);
        assertThat(steps).doesNotHaveDuplicates().anyMatch(step -> step.startsWith("intake:"))
                .anyMatch(step -> step.startsWith("reviewer:")).anyMatch(step -> step.startsWith("approver:"));

        // The scheduled reconciliation ran once per interval for the cluster: never two runs closer
        // than the lock holds it (9/10 of the interval), though both nodes tick every interval.
        await("a few scheduled reconciliations", () -> runsSince(started).size() >= 3);
        List<Instant> runs = runsSince(started);
        for (int i = 1; i < runs.size(); i++) {
            assertThat(Duration.between(runs.get(i - 1), runs.get(i)).toMillis()).as("runs " + runs)
                    .isGreaterThanOrEqualTo(RECONCILE_EVERY_MS * 9 / 10 - 100);
        }
        JsonNode health = Api.as(nextPort(), "admin", "demo").get("/actuator/health").body().path("components").path("ledger");
        assertThat(health.path("status").asString()).as(health.toString()).isEqualTo("UP");

        // A node goes away: the business is still signed in on the one that stays.
        nodeA.close();
        nodeA = null;
        ports = new int[] {port(nodeB)};
        HttpResponse<String> stillSignedIn = business.get("/my/dossiers");
        assertThat(stillSignedIn.statusCode()).as(stillSignedIn.headers().toString()).isEqualTo(200);
        assertThat(stillSignedIn.body()).contains("HS-" + id);
    }

    private static List<Instant> runsSince(Instant since) {
        return jdbc.queryForList("SELECT checked_at FROM ledger_reconciliation WHERE scheduled AND checked_at >= ? ORDER BY checked_at",
                Timestamp.class, Timestamp.from(since)).stream().map(Timestamp::toInstant).toList();
    }

    private static Api staff(String username) {
        return Api.as(nextPort(), username, "demo");
    }

    private static int nextPort() {
        return ports[next++ % ports.length];
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(200);
        }
    }

    /** One browser, one cookie jar, whose every request a load balancer sends to the other node. */
    private static final class Browser {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build());
        }

        /** Posts a form with the CSRF token of this session, read from a page of whichever node. */
        HttpResponse<String> post(String path, String form) {
            String body = (form.isEmpty() ? "" : form + "&") + "_csrf=" + enc(csrf());
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }

        HttpResponse<String> upload(String path, String kind) {
            String boundary = "----two-nodes-" + UUID.randomUUID();
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + kind.toLowerCase()
                    + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n% " + kind + "\n%%EOF\r\n--" + boundary + "--\r\n";
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("X-CSRF-TOKEN", csrf()).header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
        }

        private String csrf() {
            Matcher token = CSRF.matcher(get("/login").body());
            if (!token.find()) {
                throw new AssertionError("No CSRF token on the sign-in page");
            }
            return token.group(1);
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + nextPort() + path);
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

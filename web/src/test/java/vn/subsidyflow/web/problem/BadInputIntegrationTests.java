package vn.subsidyflow.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.subsidyflow.catalog.Category;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.Scenario;

/**
 * Ten thousand generated bad requests across every API endpoint and every role (and anonymous):
 * none may answer 5xx, every 4xx is problem+json with a code, and a refused request writes nothing
 * (no new dossier, document, ledger entry, budget line, payment, organisation, policy version or
 * audit event).
 * The seed is printed; rerun one with {@code -Dbadinput.seed=…}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class BadInputIntegrationTests {

    static final int REQUESTS = 10_000;
    static final List<String> USERS = List.of("applicant1", "applicant2", "intake", "reviewer", "approver", "finance",
            "admin", "auditor", "deputy");
    /** Methods java.net.http sends with a body; the rest are sent without one. */
    static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH", "DELETE");
    /**
     * The highest id of each table: rows are only ever appended (the ledger and audit by trigger), and
     * a rolled-back insert leaves none, so an unchanged maximum means nothing was written — and reading
     * it costs an index lookup, where a count scans the table after every one of the requests.
     */
    static final String COUNTS = "SELECT (SELECT COALESCE(MAX(id), 0) FROM application),"
            + " (SELECT COALESCE(MAX(id), 0) FROM application_document), (SELECT COALESCE(MAX(id), 0) FROM ledger_entry),"
            + " (SELECT COALESCE(MAX(id), 0) FROM budget_line), (SELECT COALESCE(MAX(id), 0) FROM payment),"
            + " (SELECT COALESCE(MAX(id), 0) FROM organisation), (SELECT COALESCE(MAX(id), 0) FROM policy_version),"
            + " (SELECT COALESCE(MAX(id), 0) FROM audit_event)";
    static final String[] COUNTED = {"dossiers", "documents", "ledger entries", "budget lines", "payments",
            "organisations", "policy versions", "audit events"};

    /** A prime, so that over the run the bad credentials meet every endpoint. */
    static final int BAD_CREDENTIALS_EVERY = 397;
    /** Authorization headers that sign in nobody: no existing account is named, so none is locked. */
    static final List<String> BAD_AUTHORIZATIONS = List.of("Basic !!!", "Bearer x", "Basic",
            "Basic " + Base64.getEncoder().encodeToString("nobody-here:wrong".getBytes(StandardCharsets.UTF_8)),
            "Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes(StandardCharsets.UTF_8)),
            "Basic " + Base64.getEncoder().encodeToString(("x".repeat(300) + ":" + "y".repeat(300))
                    .getBytes(StandardCharsets.UTF_8)));

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void shouldAnswerEveryBadRequestWithAProblemAndWriteNothing() {
        long seed = Long.getLong("badinput.seed", System.nanoTime());
        System.out.println("BadInputIntegrationTests seed: " + seed + " (rerun with -Dbadinput.seed=" + seed + ")");
        Scenario scenario = Scenario.create(port, 500_000_000L, 100_000_000L, 0);
        Api owner = scenario.newApplicant();
        long draft = scenario.draft(owner, scenario.tcvn, 30_000_000L);
        Api.Response document = owner.upload("/api/v1/applications/" + draft + "/documents", "INVOICE", "invoice.pdf",
                "application/pdf", "%PDF-1.4 invoice".getBytes(StandardCharsets.UTF_8));
        assertThat(document.status()).as(document.toString()).isEqualTo(201);
        long submitted = scenario.file(owner, scenario.tcvn, 30_000_000L);
        long approved = scenario.file(owner, scenario.iso, 40_000_000L);
        scenario.approve(approved, 20_000_000L);
        BadRequests requests = new BadRequests(seed, new BadRequests.Fixtures(draft, document.number("id"), submitted,
                scenario.taskId(scenario.as("intake"), submitted, "intake"),
                scenario.lineId(Category.MANAGEMENT_SYSTEM), scenario.lineId(Category.CONFORMITY_CERTIFICATION),
                approved, scenario.iso, scenario.tag, Scenario.YEAR));

        List<String> callers = new ArrayList<>(USERS);
        callers.add(null);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<String> failures = new ArrayList<>();
        Map<String, Integer> statuses = new TreeMap<>();
        long[] before;
        long started = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            // An accepted batch (a generated request can be valid) is ordered in the background, and
            // a worker may finish it after the last count but before this check: count again once
            // nothing is queued, so that nothing but this request can write until the next count.
            awaitNoQueuedPayments(jdbc);
            before = counts(jdbc);
            BadRequests.Request request = requests.next(i);
            // Every caller meets every endpoint: the caller turns slower than the endpoints.
            String caller = callers.get((i / requests.endpointCount()) % callers.size());
            HttpResponse<byte[]> response = send(request, caller, i);
            int status = response.statusCode();
            statuses.merge(request.endpoint() + " " + status, 1, Integer::sum);
            String problem = check(request, response);
            long[] after = counts(jdbc);
            if (status >= 400 && !java.util.Arrays.equals(before, after)) {
                problem = (problem == null ? "" : problem + "; ") + "refused but wrote " + difference(before, after);
            }
            if (problem != null) {
                failures.add("#" + i + " as " + caller + ": " + request + " -> " + status + " "
                        + abbreviate(new String(response.body(), StandardCharsets.UTF_8)) + " — " + problem);
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("BadInputIntegrationTests: " + REQUESTS + " requests over " + requests.endpointCount()
                + " endpoints in " + millis + " ms; answers by endpoint and status: " + statuses);
        assertThat(failures).as(failures.size() + " bad answers (seed " + seed + "):\n" + String.join("\n", failures))
                .isEmpty();
    }

    private HttpResponse<byte[]> send(BadRequests.Request request, String caller, int index) {
        HttpRequest.BodyPublisher body = request.body() == null || !WITH_BODY.contains(request.method())
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(request.body());
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + request.path()))
                    .timeout(Duration.ofSeconds(60)).method(request.method(), body);
        } catch (IllegalArgumentException unsendable) {
            // A path java.net.URI refuses cannot be sent by this client; send it encoded instead.
            builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + request.path().replace("%", "%25").replace(" ", "%20"))).timeout(Duration.ofSeconds(60))
                    .method(request.method(), body);
        }
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            try {
                builder.header(header.getKey(), header.getValue());
            } catch (IllegalArgumentException notAllowedByTheClient) {
                // e.g. a header value with a line break: the client refuses to send it, as any would
            }
        }
        if (index % BAD_CREDENTIALS_EVERY == BAD_CREDENTIALS_EVERY - 1) {
            // Rarely, so that a throttle of failed sign-ins per client address does not lock the run out.
            builder.setHeader("Authorization", BAD_AUTHORIZATIONS.get(
                    index / BAD_CREDENTIALS_EVERY % BAD_AUTHORIZATIONS.size()));
        } else if (caller != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((caller + ":" + Scenario.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError("No answer to " + request + " as " + caller, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** What is wrong with the answer, or null. */
    private String check(BadRequests.Request request, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status >= 500) {
            return "a server error";
        }
        String path = request.path();
        boolean api = path.startsWith("/api/") || path.startsWith("/api?") || path.equals("/api")
                || path.startsWith("/actuator");
        if (api && status >= 300 && status < 400) {
            // An API client cannot follow a redirect to the sign-in page; it needs a status and a code.
            return "a redirect to " + response.headers().firstValue("Location").orElse("?");
        }
        if (status < 400 || request.method().equals("HEAD")) {
            return null;
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return "a " + status + " that is not problem+json but '" + type + "'";
        }
        try {
            JsonNode body = json.readTree(response.body());
            String code = body.path("code").asString("");
            return code.isBlank() ? "a problem without a code" : null;
        } catch (RuntimeException e) {
            return "a problem body that is not JSON";
        }
    }

    /**
     * Queued payments — of earlier tests, or of a batch one of the generated requests got accepted —
     * are ordered in the background by the workers of every application context cached in this JVM,
     * each writing a ledger entry and an audit event. Each request is sent once none is left, so that
     * what is counted around it is written by that request alone.
     */
    private static void awaitNoQueuedPayments(JdbcTemplate jdbc) {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (jdbc.queryForObject("SELECT COUNT(*) FROM payment WHERE status = 'QUEUED'", Long.class) > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Queued payments were not ordered within 3 minutes");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static long[] counts(JdbcTemplate jdbc) {
        return jdbc.queryForObject(COUNTS, (rs, row) -> {
            long[] values = new long[COUNTED.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = rs.getLong(i + 1);
            }
            return values;
        });
    }

    private static String difference(long[] before, long[] after) {
        Map<String, String> changed = new LinkedHashMap<>();
        for (int i = 0; i < before.length; i++) {
            if (before[i] != after[i]) {
                changed.put(COUNTED[i], before[i] + " -> " + after[i]);
            }
        }
        return changed.toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }
}

package vn.subsidyflow.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.subsidyflow.web.support.Api;
import vn.subsidyflow.web.support.RealHttp;
import vn.subsidyflow.web.support.Scenario;
import vn.subsidyflow.web.support.TaxCodes;

/**
 * Failed sign-ins are throttled per account and per client address (defaults: 5 and 50 per 15
 * minutes). Each test signs in from its own loopback address (127.0.0.x: all of 127/8 is local on
 * Linux), so what it uses up does not throttle the other tests, which run from 127.0.0.1.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class SignInThrottleIntegrationTests {

    static final String PASSWORD = "s3cret-pass";

    @LocalServerPort
    int port;

    @Test
    void shouldRefuseAnAccountWith429AfterFiveFailuresFromAnyAddressButNotItsNeighbours() {
        String victim = register();
        String neighbour = register();
        for (int i = 0; i < 5; i++) {
            assertThat(basic("127.0.0.2", victim, "wrong-guess-" + i).status).isEqualTo(401);
        }

        Reply refused = basic("127.0.0.2", victim, PASSWORD);
        assertThat(refused.status).isEqualTo(429);
        assertThat(refused.header("content-type")).startsWith("application/problem+json");
        assertThat(refused.body).contains("\"code\":\"TOO_MANY_SIGN_IN_ATTEMPTS\"");
        assertThat(Long.parseLong(refused.header("retry-after"))).isBetween(1L, 15 * 60L);
        assertThat(basic("127.0.0.3", victim, PASSWORD).status).as("the account, from anywhere").isEqualTo(429);

        assertThat(basic("127.0.0.2", neighbour, PASSWORD).status).as("another account, same address").isEqualTo(200);
        assertThat(basic("127.0.0.2", "intake", Scenario.PASSWORD).status).isEqualTo(200);
    }

    @Test
    void shouldRefuseAnAddressAfterFiftyFailuresWhateverTheUsernames() {
        // Tokens come back evenly (one every 18 s with the defaults), so a slow machine may get one or
        // two more tries while it makes the fifty.
        int attempts = 0;
        int status;
        do {
            status = basic("127.0.0.4", "nobody-" + UUID.randomUUID(), "guess").status;
            attempts++;
            assertThat(status).isIn(401, 429);
        } while (status == 401 && attempts < 60);

        assertThat(status).isEqualTo(429);
        assertThat(attempts).isBetween(51, 56);
        assertThat(basic("127.0.0.4", "reviewer", Scenario.PASSWORD).status).isEqualTo(429);
        assertThat(basic("127.0.0.5", "reviewer", Scenario.PASSWORD).status).as("another address").isEqualTo(200);
        assertThat(Api.as(port, "reviewer", Scenario.PASSWORD).get("/api/v1/applications").status()).isEqualTo(200);
    }

    @Test
    void shouldThrottleTheLoginFormTooAndSayHowLongToWait() {
        String username = register();
        RealHttp browser = new RealHttp(port);
        for (int i = 0; i < 5; i++) {
            assertThat(browser.signIn(username, "wrong-guess-" + i).headers().firstValue("Location").orElse(""))
                    .endsWith("/login?error");
        }

        var refused = browser.signIn(username, PASSWORD);
        String location = refused.headers().firstValue("Location").orElse("");
        assertThat(location).contains("/login?throttled=");
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        String page = browser.get(location.substring(location.indexOf("/login"))).body();
        assertThat(page).contains("Đăng nhập sai quá nhiều lần");
        assertThat(Api.as(port, username, PASSWORD).get("/api/v1/applications").status()).as("the API shares the count")
                .isEqualTo(429);
    }

    @Test
    void shouldNotCountSuccessfulSignIns() {
        String username = register();
        for (int i = 0; i < 20; i++) {
            assertThat(basic("127.0.0.6", username, PASSWORD).status).isEqualTo(200);
        }
        assertThat(basic("127.0.0.6", username, "wrong-guess").status).isEqualTo(401);
        assertThat(basic("127.0.0.6", username, PASSWORD).status).isEqualTo(200);
    }

    private String register() {
        String username = "thr" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Api.Response registered = Api.anonymous(port).post("/api/v1/registrations", Map.of("username", username,
                "password", PASSWORD, "email", username + "@example.vn", "taxCode", TaxCodes.fresh(),
                "organisationName", "Công ty " + username, "organisationType", "ENTERPRISE", "address", "Hà Tĩnh"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return username;
    }

    record Reply(int status, String head, String body) {

        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    /** GET /api/v1/applications with HTTP Basic, sent from the given local address over a plain socket. */
    private Reply basic(String fromAddress, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        String request = "GET /api/v1/applications HTTP/1.1\r\nHost: localhost:" + port + "\r\nAccept: application/json\r\n"
                + "Authorization: Basic " + token + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(fromAddress), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String head = text.substring(0, end);
            return new Reply(Integer.parseInt(head.substring(9, 12)), head, text.substring(end + 4));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

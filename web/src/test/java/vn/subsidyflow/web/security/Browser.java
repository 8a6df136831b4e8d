package vn.subsidyflow.web.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A cookie-keeping client for the pages, signed in through the real login form (or anonymous). */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

    Browser(int port) {
        this.port = port;
    }

    /** Signs in through the login form; fails the test when that does not land on /home. */
    static Browser signedIn(int port, String username, String password) {
        Browser browser = new Browser(port);
        HttpResponse<String> login = browser.signIn(username, password);
        if (login.statusCode() != 302 || !login.headers().firstValue("Location").orElse("").endsWith("/home")) {
            throw new AssertionError("Sign-in as " + username + " failed: " + login.statusCode() + " " + login.headers());
        }
        return browser;
    }

    HttpResponse<String> signIn(String username, String password) {
        return post("/login", "username=" + encode(username) + "&password=" + encode(password));
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build());
    }

    /** Posts a form with a CSRF token of this session (taken from the sign-in page, which every session may open). */
    HttpResponse<String> post(String path, String form) {
        Matcher token = CSRF.matcher(get("/login").body());
        if (!token.find()) {
            throw new AssertionError("No CSRF token on the sign-in page");
        }
        String body = (form.isEmpty() ? "" : form + "&") + "_csrf=" + encode(token.group(1));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.subsidyflow.web.ui;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cookie-keeping HTTP client against the running server, for what MockMvc does not do: the
 * container's error pages and the real form login with its CSRF token.
 */
final class RealHttp {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private String cookie;

    RealHttp(int port) {
        this.port = port;
    }

    static RealHttp signedIn(int port, String username, String password) {
        RealHttp http = new RealHttp(port);
        HttpResponse<String> login = http.post("/login", "username=" + username + "&password=" + password);
        if (login.statusCode() != 302 || !login.headers().firstValue("Location").orElse("").endsWith("/home")) {
            throw new AssertionError("Sign-in as " + username + " failed: " + login.statusCode() + " " + login.headers());
        }
        return http;
    }

    /** Sends this cookie with every request, as a browser with an old session would. */
    RealHttp withCookie(String cookie) {
        this.cookie = cookie;
        return this;
    }

    HttpResponse<String> get(String path) {
        return get(path, null);
    }

    HttpResponse<String> get(String path, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html");
        if (language != null || cookie != null) {
            request.header("Cookie", language == null ? cookie : cookie == null ? "sf-lang=" + language : cookie + "; sf-lang=" + language);
        }
        return send(request.GET().build());
    }

    /** Posts a form with the CSRF token of the sign-in page. */
    HttpResponse<String> post(String path, String form) {
        Matcher token = CSRF.matcher(get("/login").body());
        if (!token.find()) {
            throw new AssertionError("No CSRF token on the sign-in page");
        }
        String body = form + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
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

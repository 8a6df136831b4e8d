package vn.subsidyflow.web.support;

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

/**
 * A cookie-keeping HTTP client for the pages of the running server, as a browser uses them: the real
 * form login with its CSRF token, the container's error pages, redirects left to the caller.
 */
public final class RealHttp {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

    private String cookie;

    public RealHttp(int port) {
        this.port = port;
    }

    /** Signs in through the login form; fails the test when that does not land on /home. */
    public static RealHttp signedIn(int port, String username, String password) {
        RealHttp http = new RealHttp(port);
        HttpResponse<String> login = http.signIn(username, password);
        if (login.statusCode() != 302 || !login.headers().firstValue("Location").orElse("").endsWith("/home")) {
            throw new AssertionError("Sign-in as " + username + " failed: " + login.statusCode() + " " + login.headers());
        }
        return http;
    }

    /** Posts the login form, whatever its outcome. */
    public HttpResponse<String> signIn(String username, String password) {
        return post("/login", "username=" + encode(username) + "&password=" + encode(password));
    }

    /** Sends this cookie with every request, as a browser with an old session would. */
    public RealHttp withCookie(String cookie) {
        this.cookie = cookie;
        return this;
    }

    public HttpResponse<String> get(String path) {
        return get(path, null);
    }

    public HttpResponse<String> get(String path, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html");
        if (language != null || cookie != null) {
            request.header("Cookie", language == null ? cookie : cookie == null ? "sf-lang=" + language : cookie + "; sf-lang=" + language);
        }
        return send(request.GET().build());
    }

    /** Posts a form with the CSRF token of this session (from the sign-in page, which every session may open). */
    public HttpResponse<String> post(String path, String form) {
        HttpResponse<String> signInPage = get("/login");
        Matcher token = CSRF.matcher(signInPage.body());
        if (!token.find()) {
            throw new AssertionError("No CSRF token on the sign-in page: " + signInPage.statusCode() + " " + signInPage.headers().map()
                    + " " + signInPage.body().substring(0, Math.min(600, signInPage.body().length())));
        }
        String body = (form.isEmpty() ? "" : form + "&") + "_csrf=" + encode(token.group(1));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public static String encode(String value) {
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

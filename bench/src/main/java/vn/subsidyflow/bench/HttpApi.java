package vn.subsidyflow.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP/1.1 client of the REST API, signed in with HTTP Basic as one user. */
final class HttpApi {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(4)).build();
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final String authorization;
    private final boolean minimal;

    HttpApi(int port, String username, String password) {
        this("http://localhost:" + port, username == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)), false);
    }

    private HttpApi(String base, String authorization, boolean minimal) {
        this.base = base;
        this.authorization = authorization;
        this.minimal = minimal;
    }

    /**
     * The same user, asking every command (POST, PUT, upload) for {@code Prefer: return=minimal}
     * (RFC 7240): the API may then answer without rebuilding the dossier view, which a client that
     * goes on to its next step never reads. A server that does not support it ignores it.
     */
    HttpApi minimal() {
        return new HttpApi(base, authorization, true);
    }

    /** {@code location} is the Location header, if any (where a minimal answer to a creation points). */
    record Response(int status, JsonNode body, String raw, String location) {

        /** This response, if its status is one of {@code expected}; otherwise an exception naming it. */
        Response ok(int... expected) {
            for (int e : expected) {
                if (status == e) {
                    return this;
                }
            }
            throw new IllegalStateException("Expected HTTP " + java.util.Arrays.toString(expected) + " but got " + status + ": " + raw);
        }

        /**
         * The id of what was created: the body's {@code id} when the answer has a body, else the last
         * segment of its Location (a minimal answer may carry no body at all).
         */
        long createdId() {
            if (body != null && body.has("id")) {
                return body.path("id").asLong();
            }
            if (location == null) {
                throw new IllegalStateException("Neither an id nor a Location in HTTP " + status + ": " + raw);
            }
            String path = location.replaceAll("[?#].*$", "").replaceAll("/+$", "");
            return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        }
    }

    Response get(String path) {
        return send(request(path).GET());
    }

    /**
     * A GET as the latency figures time it: one blocking keep-alive HTTP/1.1 exchange
     * ({@link HttpURLConnection}), the whole body read and thrown away, nothing parsed. {@link #get}
     * parses every body into JSON and goes through {@link HttpClient}'s executor threads: client work that
     * competes with the application and the database for the same processors, and shows in the figures
     * as server latency (0.6-0.8 ms per call at the median when the two were timed side by side).
     */
    int fetch(String path, int expected) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
            connection.setRequestProperty("Accept", "application/json");
            if (authorization != null) {
                connection.setRequestProperty("Authorization", authorization);
            }
            int status = connection.getResponseCode();
            try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                if (body != null) {
                    body.transferTo(OutputStream.nullOutputStream());
                }
            }
            if (status != expected) {
                throw new IllegalStateException("Expected HTTP " + expected + " but got " + status + " for " + path);
            }
            return status;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Response post(String path, Object body) {
        return post(path, body, Map.of());
    }

    /** A POST with extra request headers, e.g. {@code Idempotency-Key}. */
    Response post(String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = command(path).header("Content-Type", "application/json");
        headers.forEach(request::header);
        return send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body == null ? new byte[0] : JSON.writeValueAsBytes(body))));
    }

    Response put(String path, Object body) {
        return send(command(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))));
    }

    Response upload(String path, String kind, byte[] content) {
        String boundary = "----bench" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + kind.toLowerCase()
                + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(command(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A file as a browser's form sends it (multipart "file"), with a time limit to suit a large one. */
    Response uploadFile(String path, String fileName, String contentType, byte[] content, Duration timeout) {
        String boundary = "----bench" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(command(path).timeout(timeout).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json, application/problem+json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    /** A request that changes something: with {@code Prefer: return=minimal} when this client asks for it. */
    private HttpRequest.Builder command(String path) {
        HttpRequest.Builder builder = request(path);
        if (minimal) {
            builder.header("Prefer", "return=minimal");
        }
        return builder;
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode body = !response.body().isEmpty() && type.contains("json") ? JSON.readTree(response.body()) : null;
            return new Response(response.statusCode(), body, response.body(), response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

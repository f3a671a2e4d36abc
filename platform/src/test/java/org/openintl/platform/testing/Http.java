package org.openintl.platform.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client for tests: requests go over the wire, as an administrator's would. By default every request
 * carries {@code Authorization: Bearer} {@link TestTokens#admin()}; {@link #withToken}, {@link #withRoles} and
 * {@link #anonymous()} change that, and a header given to a single request replaces the default one.
 */
public final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AUTHORIZATION = "Authorization";

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final Map<String, String> defaultHeaders;

    public Http(String baseUrl) {
        this(baseUrl, Map.of());
    }

    /** With these headers on every request, plus the ADMIN token unless they name an {@code Authorization}. */
    public Http(String baseUrl, Map<String, String> defaultHeaders) {
        this(baseUrl, withAdminToken(defaultHeaders), true);
    }

    // the flag only tells this constructor apart: the headers are taken exactly as given
    private Http(String baseUrl, Map<String, String> defaultHeaders, boolean asGiven) {
        this.baseUrl = baseUrl;
        this.defaultHeaders = Map.copyOf(defaultHeaders);
    }

    private static Map<String, String> withAdminToken(Map<String, String> headers) {
        if (headers.keySet().stream().anyMatch(AUTHORIZATION::equalsIgnoreCase)) {
            return headers;
        }
        var withToken = new java.util.HashMap<>(headers);
        withToken.put(AUTHORIZATION, "Bearer " + TestTokens.admin());
        return withToken;
    }

    public Http withHeader(String name, String value) {
        var headers = new java.util.HashMap<>(defaultHeaders);
        headers.keySet().removeIf(name::equalsIgnoreCase);
        headers.put(name, value);
        return new Http(baseUrl, headers, true);
    }

    /** Sends this bearer token instead of the ADMIN one. */
    public Http withToken(String token) {
        return withHeader(AUTHORIZATION, "Bearer " + token);
    }

    /** Sends a {@link TestTokens} token with exactly these roles (e.g. {@code "VIEWER"}). */
    public Http withRoles(String... roles) {
        return withToken(TestTokens.withRoles(roles));
    }

    /** Sends no {@code Authorization} header at all. */
    public Http anonymous() {
        var headers = new java.util.HashMap<>(defaultHeaders);
        headers.keySet().removeIf(AUTHORIZATION::equalsIgnoreCase);
        return new Http(baseUrl, headers, true);
    }

    public Response get(String path, String... headers) {
        return send("GET", path, null, "application/json", headers);
    }

    public Response post(String path, Object body, String... headers) {
        return send("POST", path, body, "application/json", headers);
    }

    public Response put(String path, Object body, String... headers) {
        return send("PUT", path, body, "application/json", headers);
    }

    /** A GET whose answer is kept as bytes (a workbook, a file). */
    public Download download(String path, String... headers) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
        defaultHeaders.forEach(builder::header);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.setHeader(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<byte[]> r = client.send(builder.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A downloaded file. */
    public record Download(int status, Map<String, java.util.List<String>> headers, byte[] body) {
        public String header(String name) {
            return new Response(status, headers, null).header(name);
        }
    }

    /**
     * Sends a body as given (a String is sent verbatim, a byte[] as is, anything else as JSON) with the given content
     * type.
     */
    public Response send(String method, String path, Object body, String contentType, String... headers) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        defaultHeaders.forEach(builder::header);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.setHeader(headers[i], headers[i + 1]);
        }
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            var publisher = body instanceof byte[] bytes
                    ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                    : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body));
            builder.header("Content-Type", contentType).method(method, publisher);
        }
        try {
            HttpResponse<String> r = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response with its body parsed on demand. */
    public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}

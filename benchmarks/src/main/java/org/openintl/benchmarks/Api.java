package org.openintl.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One HTTP target (the gateway or a service) called with the admin's bearer token. */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** HTTP/1.1 as browsers and campus systems call it; the client keeps its connections open between requests. */
    final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    final URI base;
    private final Supplier<String> token;

    Api(URI base, Supplier<String> token) {
        this.base = base;
        this.token = token;
    }

    record Response(int status, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    HttpRequest get(String path) {
        return builder(path).GET().build();
    }

    HttpRequest post(String path, String contentType, String body) {
        return builder(path)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    HttpRequest postJson(String path, Object body) {
        return post(path, "application/json", JSON.writeValueAsString(body));
    }

    private HttpRequest.Builder builder(String path) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token.get());
    }

    Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends and fails unless the answer is 2xx. */
    JsonNode call(HttpRequest request) {
        Response r = send(request);
        if (!r.ok()) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + r);
        }
        return r.json();
    }

    static String issueToken(URI gateway, String username, String password) {
        HttpClient client = HttpClient.newHttpClient();
        String body = JSON.writeValueAsString(java.util.Map.of("username", username, "password", password));
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve("/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("the gateway issued no token: " + r.statusCode() + " " + r.body());
            }
            return JSON.readTree(r.body()).get("access_token").asString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package org.openintl.localstack.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the gateway as an administrator would: a token from {@code /auth/token}, then JSON requests. */
final class GatewayClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI gateway;
    private String token;

    GatewayClient(URI gateway) {
        this.gateway = gateway;
    }

    /** Logs in as {@code admin}: the password from INTL_ADMIN_PASSWORD, or the one the gateway generated. */
    void login(Path gatewayDataDir) {
        String password = System.getenv("INTL_ADMIN_PASSWORD");
        if (password == null || password.isBlank()) {
            Path file = gatewayDataDir.resolve("admin-password");
            try {
                password = Files.readString(file).strip();
            } catch (IOException e) {
                throw new IllegalStateException("no INTL_ADMIN_PASSWORD and no " + file + ": cannot log in", e);
            }
        }
        Response r = send("POST", "/auth/token", Map.of("username", "admin", "password", password), null);
        if (r.status() != 200) {
            throw new IllegalStateException("login failed: " + r);
        }
        token = r.json().get("access_token").asString();
    }

    Response post(String path, Object body, String idempotencyKey) {
        return send("POST", path, body, idempotencyKey);
    }

    Response put(String path, Object body) {
        return send("PUT", path, body, null);
    }

    Response get(String path) {
        return send("GET", path, null, null);
    }

    private Response send(String method, String path, Object body, String idempotencyKey) {
        var request = HttpRequest.newBuilder(gateway.resolve(path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        try {
            HttpRequest built = request.build();
            HttpResponse<String> r = http.send(built, HttpResponse.BodyHandlers.ofString());
            // the gateway limits each user's rate: wait as it asks, as a well-behaved client does
            for (int attempt = 0; r.statusCode() == 429 && attempt < 30; attempt++) {
                long seconds = r.headers().firstValueAsLong("Retry-After").orElse(1);
                Thread.sleep(Math.max(1, seconds) * 1000);
                r = http.send(built, HttpResponse.BodyHandlers.ofString());
            }
            return new Response(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Response(int status, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        String id() {
            return json().get("id").asString();
        }

        /** A create whose idempotency key was used by an earlier demo load (with dates of another day). */
        boolean alreadyLoaded() {
            return status == 422 && body.contains("idempotency-key-reused");
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }
}

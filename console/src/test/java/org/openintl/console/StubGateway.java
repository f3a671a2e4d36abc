package org.openintl.console;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The gateway as the console sees it, on a free port: {@code /auth/token} issues tokens for the users it knows, and
 * each API path answers what a test set for it. Records what it received. (The real gateway and services are
 * exercised by the browser tests in system-tests.)
 */
final class StubGateway implements AutoCloseable {

    record Answer(int status, String body, Map<String, String> headers) {}

    record Received(
            String method, String path, String authorization, Map<String, String> headers, String body, String query) {}

    private final HttpServer server;
    private final Map<String, List<String>> users = new ConcurrentHashMap<>();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    final List<Received> received = new CopyOnWriteArrayList<>();

    StubGateway() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    void user(String name, String... roles) {
        users.put(name, List.of(roles));
    }

    /** {@code "PUT /api/partnerships/x"} answers this. */
    void answer(String methodAndPath, int status, String json, String... headers) {
        Map<String, String> h = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            h.put(headers[i], headers[i + 1]);
        }
        answers.put(methodAndPath, new Answer(status, json, h));
    }

    static String token(String user, List<String> roles) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8));
        String claims = "{\"sub\":\"" + user + "\",\"preferred_username\":\"" + user + "\",\"roles\":["
                + String.join(",", roles.stream().map(r -> "\"" + r + "\"").toList()) + "],\"exp\":"
                + Instant.now().plusSeconds(3600).getEpochSecond() + "}";
        return header + "." + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
        received.add(new Received(
                method,
                path,
                headers.get("authorization"),
                headers,
                body,
                exchange.getRequestURI().getRawQuery()));
        Answer answer;
        if (path.equals("/auth/token")) {
            answer = users.entrySet().stream()
                    .filter(u -> body.contains("\"username\":\"" + u.getKey() + "\"")
                            && body.contains("\"password\":\"right\""))
                    .findFirst()
                    .map(u -> new Answer(
                            200,
                            "{\"access_token\":\"" + token(u.getKey(), u.getValue()) + "\",\"token_type\":\"Bearer\"}",
                            Map.of()))
                    .orElse(new Answer(401, "{\"type\":\"urn:intl:problem:unauthorized\",\"status\":401}", Map.of()));
        } else {
            answer = answers.getOrDefault(
                    method + " " + path,
                    new Answer(
                            404,
                            "{\"type\":\"urn:intl:problem:not-found\",\"title\":\"Not found\",\"status\":404}",
                            Map.of()));
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders()
                .set("Content-Type", answer.status() >= 400 ? "application/problem+json" : "application/json");
        answer.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

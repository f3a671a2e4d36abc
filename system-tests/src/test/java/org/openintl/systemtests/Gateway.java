package org.openintl.systemtests;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openintl.systemtests.Http.Response;

/**
 * The gateway as an administrator uses it. When the gateway issues tokens ({@code POST /auth/token} answers 200),
 * every call carries the admin's bearer token; when that path does not exist (404, a build without authentication)
 * calls go without one. A 429 of the gateway's rate limit is waited out, as a well-behaved client would.
 */
public final class Gateway {

    private static final Duration RATE_LIMIT_PATIENCE = Duration.ofSeconds(60);

    private final Http http;
    private final String adminPassword;
    private final Object tokenLock = new Object();
    private String authorization;
    private boolean authorizationKnown;

    Gateway(Http http, String adminPassword) {
        this.http = http;
        this.adminPassword = adminPassword;
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response post(String path, Object body, String... headers) {
        return send("POST", path, body, headers);
    }

    /** @param headers name, value, name, value ... */
    public Response send(String method, String path, Object body, String... headers) {
        Response response = sendAuthorized(method, path, body, headers);
        if (response.status() == 401 && authorization() != null) {
            // the token may have expired during a long run: take a fresh one, once
            forgetToken();
            response = sendAuthorized(method, path, body, headers);
        }
        if (response.status() == 429) {
            // no backend call was made for a 429, so repeating a write is safe
            Duration retryAfter = retryAfter(response);
            response = await("the gateway's rate limit for " + method + " " + path)
                    .atMost(RATE_LIMIT_PATIENCE)
                    .pollDelay(retryAfter)
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> sendAuthorized(method, path, body, headers), r -> r.status() != 429);
        }
        return response;
    }

    private Response sendAuthorized(String method, String path, Object body, String... headers) {
        Map<String, String> all = new LinkedHashMap<>();
        String auth = authorization();
        if (auth != null) {
            all.put("Authorization", auth);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            all.put(headers[i], headers[i + 1]);
        }
        return http.send(method, path, body, all);
    }

    /** {@code Bearer <token>}, or {@code null} when this gateway issues no tokens. */
    public String authorization() {
        synchronized (tokenLock) {
            if (!authorizationKnown) {
                authorization = requestToken();
                authorizationKnown = true;
            }
            return authorization;
        }
    }

    private void forgetToken() {
        synchronized (tokenLock) {
            authorizationKnown = false;
        }
    }

    private String requestToken() {
        Response r = http.send("POST", "/auth/token", Map.of("username", "admin", "password", adminPassword), Map.of());
        if (r.status() == 404) {
            return null;
        }
        if (r.status() != 200) {
            throw new AssertionError("the gateway refused the admin's credentials: " + r);
        }
        return "Bearer " + r.json().get("access_token").asString();
    }

    private static Duration retryAfter(Response response) {
        String header = response.header("Retry-After");
        try {
            return header == null ? Duration.ofSeconds(1) : Duration.ofSeconds(Long.parseLong(header.strip()));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(1);
        }
    }
}

package org.openintl.gateway.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openintl.gateway.testing.GatewayIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Password guessing in parallel, behind a trusted proxy (127.0.0.1, which the test's requests come from): the slot of
 * an attempt is taken before its password is checked, so 50 simultaneous wrong guesses cost at most
 * {@code max-failures} BCrypt checks, counted by the {@code intl_issuer_password_checks_total} metric on the
 * management port. Clients are told apart by {@code X-Forwarded-For} because the peer is a trusted proxy.
 */
@TestPropertySource(
        properties = {
            "intl.issuer.login-throttle.max-failures=5",
            "intl.issuer.login-throttle.max-failures-per-client=20",
            "intl.issuer.login-throttle.window=1h",
            "intl.client-address.trusted-proxies=127.0.0.1/32,::1"
        })
class ParallelGuessingIntegrationTest extends GatewayIntegrationTest {

    private static final Pattern CHECKS = Pattern.compile("(?m)^intl_issuer_password_checks_total\\S* (\\S+)$");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpRequest login(String username, String password, String forwardedFor) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/auth/token"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                .build();
    }

    private double passwordChecks() throws Exception {
        String scrape = http.send(
                        HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = CHECKS.matcher(scrape);
        assertThat(m.find()).as("the password-check metric").isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void fiftyParallelWrongGuessesCostAtMostTheAllowedPasswordChecks() throws Exception {
        double before = passwordChecks();

        List<CompletableFuture<HttpResponse<String>>> guesses = IntStream.range(0, 50)
                .mapToObj(i -> http.sendAsync(
                        login("officer", "guess-" + i, "203.0.113.10"), HttpResponse.BodyHandlers.ofString()))
                .toList();
        List<HttpResponse<String>> answers =
                guesses.stream().map(CompletableFuture::join).toList();
        double checks = passwordChecks() - before;

        Map<Integer, Long> byStatus =
                answers.stream().collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
        System.out.printf("login-throttle 50 parallel wrong guesses: %s, BCrypt checks %.0f%n", byStatus, checks);
        assertThat(byStatus).containsOnlyKeys(401, 429);
        assertThat(byStatus.get(401)).isEqualTo(5);
        assertThat(byStatus.get(429)).isEqualTo(45);
        assertThat(checks).isEqualTo(5.0);
        answers.stream().filter(r -> r.statusCode() == 429).forEach(r -> {
            assertThat(r.headers().firstValue("Retry-After")).isPresent();
            assertThat(r.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(r.body()).contains("urn:intl:problem:too-many-requests");
        });

        // the right password does not help from there meanwhile, and costs no check
        assertThat(http.send(login("officer", "officer-secret", "203.0.113.10"), HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(429);
        assertThat(passwordChecks() - before).isEqualTo(5.0);
        // another client behind the same proxy is somebody else: the real officer still logs in
        assertThat(http.send(login("officer", "officer-secret", "198.51.100.7"), HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void sprayingManyUserNamesFromOneClientStopsAtItsLimit() throws Exception {
        Function<Integer, HttpRequest> spray = i -> login("user-" + i, "guess", "203.0.113.20");
        double before = passwordChecks();

        List<Integer> statuses = IntStream.range(0, 30)
                .mapToObj(i -> http.sendAsync(spray.apply(i), HttpResponse.BodyHandlers.discarding()))
                .toList()
                .stream()
                .map(f -> f.join().statusCode())
                .toList();

        assertThat(statuses.stream().filter(s -> s == 401)).hasSize(20);
        assertThat(statuses.stream().filter(s -> s == 429)).hasSize(10);
        assertThat(passwordChecks() - before).isEqualTo(20.0);
    }
}

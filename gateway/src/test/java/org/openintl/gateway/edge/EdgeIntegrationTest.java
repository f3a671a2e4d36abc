package org.openintl.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openintl.access.Role;
import org.openintl.gateway.testing.GatewayIntegrationTest;
import org.openintl.gateway.testing.GatewayTokens;
import org.openintl.gateway.testing.StubService;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** CORS for the configured origin only, security headers everywhere, trace context and the access log. */
@TestPropertySource(properties = "intl.cors.allowed-origins=https://intl.example.edu")
@ExtendWith(OutputCaptureExtension.class)
class EdgeIntegrationTest extends GatewayIntegrationTest {

    static final String ALLOWED = "https://intl.example.edu";
    static final String UNKNOWN = "https://evil.example";

    String admin;

    @BeforeEach
    void mintAdminToken() {
        admin = GatewayTokens.bearer(tokens.admin());
    }

    private WebTestClient.ResponseSpec preflight(String origin) {
        return client.method(HttpMethod.OPTIONS)
                .uri("/api/students")
                .header(HttpHeaders.ORIGIN, origin)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type")
                .exchange();
    }

    @Test
    void allowsAPreflightFromTheConfiguredOriginWithoutToken() {
        preflight(ALLOWED)
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ALLOWED)
                .expectHeader()
                .value(
                        HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS,
                        methods -> assertThat(methods).contains("POST"))
                .expectHeader()
                .value(
                        HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
                        headers -> assertThat(headers.toLowerCase()).contains("authorization"));
        assertThat(student.received()).isEmpty();
    }

    @Test
    void refusesAPreflightFromAnUnknownOriginWithForbiddenProblem() {
        preflight(UNKNOWN)
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:intl:problem:forbidden")
                .jsonPath("$.detail")
                .value(detail -> assertThat(detail).asString().contains(UNKNOWN));
    }

    @Test
    void refusesACallFromAnUnknownOriginAndPassesOneFromTheConfiguredOrigin() {
        client.get()
                .uri("/api/students/s-1")
                .header(HttpHeaders.AUTHORIZATION, admin)
                .header(HttpHeaders.ORIGIN, UNKNOWN)
                .exchange()
                .expectStatus()
                .isForbidden();
        assertThat(student.received()).isEmpty();

        client.get()
                .uri("/api/students/s-1")
                .header(HttpHeaders.AUTHORIZATION, admin)
                .header(HttpHeaders.ORIGIN, ALLOWED)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ALLOWED)
                .expectHeader()
                .value(
                        HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
                        exposed -> assertThat(exposed).contains("ETag").contains("X-Request-Id"));
    }

    @Test
    void putsSecurityHeadersOnEveryResponse() {
        List<WebTestClient.ResponseSpec> responses = List.of(
                client.get()
                        .uri("/api/news/n-1")
                        .header(HttpHeaders.AUTHORIZATION, admin)
                        .exchange()
                        .expectStatus()
                        .isOk(),
                client.get().uri("/api/news/n-1").exchange().expectStatus().isUnauthorized(),
                client.get()
                        .uri("/api/nothing")
                        .header(HttpHeaders.AUTHORIZATION, admin)
                        .exchange()
                        .expectStatus()
                        .isNotFound(),
                client.get().uri("/actuator/health").exchange().expectStatus().isNotFound());

        responses.forEach(response -> response.expectHeader()
                .valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader()
                .valueEquals("X-Frame-Options", "DENY")
                .expectHeader()
                .valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader()
                .value("Content-Security-Policy", csp -> assertThat(csp).contains("frame-ancestors 'none'"))
                .expectHeader()
                .valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
                .expectHeader()
                .exists("X-Request-Id")
                .expectHeader()
                .exists("traceparent"));
    }

    @Test
    void continuesTheCallersTraceAndEchoesWhatTheServiceGot() {
        String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
        String echoed = client.get()
                .uri("/api/partners/p-1")
                .header(HttpHeaders.AUTHORIZATION, admin)
                .header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
                .header("tracestate", "campus=portal")
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseHeaders()
                .getFirst("traceparent");

        StubService.Received received = partnership.received().get(0);
        assertThat(received.header("traceparent"))
                .startsWith("00-" + trace + "-")
                .endsWith("-01")
                .doesNotContain("00f067aa0ba902b7");
        assertThat(received.header("tracestate")).isEqualTo("campus=portal");
        assertThat(echoed).isEqualTo(received.header("traceparent"));
    }

    @Test
    void startsATraceForACallerWithoutOne() {
        String echoed = client.get()
                .uri("/api/partners/p-1")
                .header(HttpHeaders.AUTHORIZATION, admin)
                .header("traceparent", "garbage")
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseHeaders()
                .getFirst("traceparent");

        assertThat(echoed).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(partnership.received().get(0).header("traceparent")).isEqualTo(echoed);
    }

    @Test
    void logsEachRequestWithUserRouteStatusAndTime(CapturedOutput output) {
        String mei = GatewayTokens.bearer(tokens.forUser("mei", Role.STUDENT_COUNSELOR));
        client.get()
                .uri("/api/students/s-1?name=secret")
                .header(HttpHeaders.AUTHORIZATION, mei)
                .header("X-Request-Id", "log-test-1")
                .exchange()
                .expectStatus()
                .isOk();
        client.delete()
                .uri("/api/news/n-1")
                .header("X-Request-Id", "log-test-2")
                .exchange()
                .expectStatus()
                .isUnauthorized();

        assertThat(output.getOut())
                .containsPattern("user=mei method=GET path=/api/students/s-1 route=student-service status=200"
                        + " time_ms=\\d+ request_id=log-test-1")
                .containsPattern("user=- method=DELETE path=/api/news/n-1 route=\\S+ status=401 time_ms=\\d+"
                        + " request_id=log-test-2")
                .doesNotContain("name=secret");
    }
}

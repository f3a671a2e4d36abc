package org.openintl.gateway.fallback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openintl.gateway.GatewayTokens;
import org.openintl.gateway.StubService;
import org.openintl.gateway.StubService.Behaviour;
import org.openintl.gateway.issuer.SigningKey;
import org.openintl.gateway.issuer.TokenIssuer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** partnership-service answers (or drops calls), student-service is stopped, news-service never answers. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.cloud.gateway.server.webflux.httpclient.response-timeout=1s",
            "resilience4j.timelimiter.configs.default.timeout-duration=2s",
            "resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=4",
            "resilience4j.circuitbreaker.configs.default.sliding-window-size=4",
        })
@AutoConfigureWebTestClient
class FallbackIntegrationTest {

    static final StubService partnership = StubService.start("partnership-service");
    static final StubService student = StubService.start("student-service");
    static final StubService news = StubService.start("news-service");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("intl.services.partnership-uri", () -> partnership.uri().toString());
        registry.add("intl.services.student-uri", () -> student.uri().toString());
        registry.add("intl.services.news-uri", () -> news.uri().toString());
    }

    @Autowired
    WebTestClient client;

    @Autowired
    TokenIssuer issuer;

    @Autowired
    SigningKey signingKey;

    GatewayTokens tokens;

    @Autowired
    CircuitBreakerRegistry breakers;

    @BeforeEach
    void arrangeServices() {
        tokens = new GatewayTokens(issuer, signingKey);
        client = client.mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, GatewayTokens.bearer(tokens.admin()))
                .build();
        partnership.reset();
        student.reset();
        student.stop();
        news.reset();
        news.behave(Behaviour.FREEZE);
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    @AfterAll
    static void stopStubs() {
        List.of(partnership, student, news).forEach(StubService::stop);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST", "PUT", "PATCH", "DELETE"})
    void answersStoppedServiceWithServiceUnavailableProblemForAnyMethod(String method) {
        client.method(HttpMethod.valueOf(method))
                .uri("/api/students/s-1?x=1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"passportCountry\":\"KR\"}")
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:intl:problem:service-unavailable")
                .jsonPath("$.status")
                .isEqualTo(503)
                .jsonPath("$.title")
                .isEqualTo("Service unavailable")
                .jsonPath("$.detail")
                .value(detail -> assertThat(detail).asString().contains("student-service"))
                .jsonPath("$.service")
                .isEqualTo("student-service")
                .jsonPath("$.instance")
                .isEqualTo("/api/students/s-1");
    }

    @Test
    void answersFrozenServiceWithGatewayTimeoutProblemWhileOtherRoutesStillWork() {
        long started = System.nanoTime();
        CompletableFuture<EntityExchangeResult<byte[]>> frozenCall = CompletableFuture.supplyAsync(
                () -> client.get().uri("/api/news/n-1").exchange().expectBody().returnResult());

        await().atMost(Duration.ofSeconds(2)).until(() -> !news.received().isEmpty());
        client.get().uri("/api/partners/p-1").exchange().expectStatus().isOk();

        // the response timeout is 1 s here; the slack is for a busy machine, not for the gateway
        await().atMost(Duration.ofSeconds(4)).until(frozenCall::isDone);
        EntityExchangeResult<byte[]> result = frozenCall.join();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
        assertThat(result.getStatus().value()).isEqualTo(504);
        assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(new String(result.getResponseBodyContent(), StandardCharsets.UTF_8))
                .contains("\"type\":\"urn:intl:problem:gateway-timeout\"")
                .contains("\"service\":\"news-service\"")
                .contains("\"instance\":\"/api/news/n-1\"");
    }

    @Test
    void warnsThatATimedOutWriteMayStillHaveHappened() {
        client.post()
                .uri("/api/news")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isEqualTo(504)
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat(detail).asString().contains("may still have been carried out"));
    }

    @Test
    void retriesFailedConnectionsOnlyForIdempotentMethods() {
        partnership.behave(Behaviour.DROP);

        client.get().uri("/api/partners/p-1").exchange().expectStatus().isEqualTo(503);
        assertThat(partnership.received()).hasSize(3);

        partnership.reset();
        partnership.behave(Behaviour.DROP);
        client.post()
                .uri("/api/partners")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isEqualTo(503);
        assertThat(partnership.received()).hasSize(1);
    }

    @Test
    void opensTheBreakerAfterRepeatedFailuresAndSaysSo() {
        for (int call = 0; call < 4; call++) {
            client.get().uri("/api/students/s-1").exchange().expectStatus().isEqualTo(503);
        }

        assertThat(breakers.circuitBreaker("student-service").getState()).isEqualTo(CircuitBreaker.State.OPEN);
        client.post()
                .uri("/api/students")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat(detail).asString().contains("circuit breaker open"));
        client.get().uri("/api/partners/p-1").exchange().expectStatus().isOk();
    }

    @Test
    void doesNotAnswerTheFallbackToDirectCalls() {
        client.get()
                .uri("/fallback/student-service")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}

package org.openintl.gateway.fallback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openintl.gateway.testing.GatewayIntegrationTest;
import org.openintl.gateway.testing.StubService.Behaviour;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/** partnership-service answers (or drops calls), student-service is stopped, news-service never answers. */
@TestPropertySource(
        properties = {
            "spring.cloud.gateway.server.webflux.httpclient.response-timeout=1s",
            "resilience4j.timelimiter.configs.default.timeout-duration=2s",
            "resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=4",
            "resilience4j.circuitbreaker.configs.default.sliding-window-size=4",
        })
class FallbackIntegrationTest extends GatewayIntegrationTest {

    @Autowired
    CircuitBreakerRegistry breakers;

    @BeforeEach
    void arrangeServices() {
        sendAdminTokenByDefault();
        student.stop();
        news.behave(Behaviour.FREEZE);
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
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

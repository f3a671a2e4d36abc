package org.openintl.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openintl.gateway.testing.GatewayIntegrationTest;
import org.openintl.gateway.testing.StubService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * partnership-service as two instances: the shared stub and a second one. The routes balance over both, a read whose
 * instance is gone is repeated on the other, so is a write whose connection was refused (it was never sent), never one
 * that reached an instance, and an instance whose own breaker opened is left out, while the service's breaker stays
 * closed.
 */
@TestPropertySource(
        properties = {
            "resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=4",
            "resilience4j.circuitbreaker.configs.default.sliding-window-size=4",
            "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=1h",
        })
class InstanceBalancingIntegrationTest extends GatewayIntegrationTest {

    private static final StubService second = StubService.start("partnership-service-2");

    @DynamicPropertySource
    static void twoInstances(DynamicPropertyRegistry registry) {
        String prefix = "spring.cloud.discovery.client.simple.instances.partnership-service";
        registry.add(prefix + "[0].uri", () -> partnership.uri().toString());
        registry.add(prefix + "[1].uri", () -> second.uri().toString());
    }

    @Autowired
    CircuitBreakerRegistry breakers;

    @BeforeEach
    void reset() {
        sendAdminTokenByDefault();
        second.reset();
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    @AfterEach
    void restart() {
        second.reset();
    }

    @Test
    void spreadsCallsOverBothInstances() {
        for (int i = 0; i < 10; i++) {
            client.get().uri("/api/partners/p-" + i).exchange().expectStatus().isOk();
        }
        assertThat(partnership.received()).hasSize(5);
        assertThat(second.received()).hasSize(5);
    }

    @Test
    void repeatsAReadOnTheOtherInstanceWhenOneIsGone() {
        second.stop();
        for (int i = 0; i < 6; i++) {
            client.get().uri("/api/partners/p-" + i).exchange().expectStatus().isOk();
        }
        assertThat(partnership.received()).hasSize(6);
    }

    @Test
    void sendsAWriteWhoseConnectionWasRefusedToTheOtherInstanceWithItsBody() {
        second.stop();
        for (int i = 0; i < 6; i++) {
            assertThat(write(i)).isEqualTo(200);
        }
        // every write once, whole, on the live instance; the service was never failing, so its breaker stays closed
        assertThat(partnership.received())
                .extracting(StubService.Received::body)
                .containsExactly(
                        IntStream.range(0, 6).mapToObj(i -> "{\"n\":" + i + "}").toArray(String[]::new));
        assertThat(breakers.circuitBreaker("partnership-service").getMetrics().getNumberOfFailedCalls())
                .isZero();
    }

    @Test
    void neverSendsAgainAWriteThatReachedAnInstance() {
        second.behave(StubService.Behaviour.DROP);
        // two writes, one per instance (round robin): fewer than the breakers' minimum number of calls
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            statuses.add(write(i));
        }
        // the dropped write was received once and answered with a 5xx: its outcome is unknown, so it is not resent
        assertThat(second.received()).hasSize(1);
        assertThat(partnership.received()).hasSize(1);
        assertThat(statuses).containsExactlyInAnyOrder(200, 503);
    }

    @Test
    void anInstanceThatDropsEveryCallIsLeftOutWithoutOpeningTheServicesBreaker() {
        second.behave(StubService.Behaviour.DROP);
        // writes alternate between the instances until the dropping one's breaker has seen enough (4) to open
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            statuses.add(write(i));
            assertThat(breakers.circuitBreaker("partnership-service").getState())
                    .as(
                            "the service's breaker after write %d: half of its calls failed, the other instance answered",
                            i)
                    .isEqualTo(CircuitBreaker.State.CLOSED);
        }
        assertThat(breakers.circuitBreaker(
                                "partnership-service@127.0.0.1:" + second.uri().getPort())
                        .getState())
                .isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(second.received()).hasSize(4);
        assertThat(statuses.subList(0, 8)).filteredOn(status -> status == 503).hasSize(4);
        assertThat(statuses.subList(8, 12)).containsOnly(200);
    }

    @Test
    void leavesOutAnInstanceWhoseBreakerOpenedSoWritesReachTheLiveOne() {
        second.stop();
        // reads fail over one by one and open the dead instance's breaker (4 calls, all failed)
        for (int i = 0; i < 8; i++) {
            client.get().uri("/api/partners/p-" + i).exchange().expectStatus().isOk();
        }
        assertThat(breakers.circuitBreaker(
                                "partnership-service@127.0.0.1:" + second.uri().getPort())
                        .getState())
                .isEqualTo(CircuitBreaker.State.OPEN);
        partnership.reset();

        for (int i = 0; i < 6; i++) {
            assertThat(write(i)).isEqualTo(200);
        }
        assertThat(partnership.received()).hasSize(6);
        assertThat(breakers.circuitBreaker("partnership-service").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    /** {@code POST /api/partners} with the body {@code {"n":n}}: the status of the gateway's answer. */
    private int write(int n) {
        return client.post()
                .uri("/api/partners")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"n\":" + n + "}")
                .exchange()
                .returnResult(String.class)
                .getStatus()
                .value();
    }
}

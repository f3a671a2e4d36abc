package org.openintl.gateway.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openintl.access.Role;
import org.openintl.gateway.testing.Backends;
import org.openintl.gateway.testing.GatewayIntegrationTest;
import org.openintl.gateway.testing.GatewayTokens;
import org.openintl.gateway.testing.StubService.Behaviour;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "intl.overview.timeout=500ms")
class OverviewIntegrationTest extends GatewayIntegrationTest {

    static boolean warmedUp;

    @BeforeEach
    void callAsAdminAndWarmUpOnce() {
        sendAdminTokenByDefault();
        if (!warmedUp) {
            // the first calls of a fresh WebClient (connection pool, resolver, JIT) can take longer than the 500 ms
            // overview timeout of this test; a dashboard would only see its first overview degraded
            client.get().uri("/api/overview").exchange().expectStatus().isOk();
            Backends.shared().resetAll();
            warmedUp = true;
        }
    }

    @Test
    void combinesTheStatsOfAllFourServicesWithTheCallersToken() {
        String officer = GatewayTokens.bearer(tokens.forUser("officer", Role.PARTNERSHIP_OFFICER));
        client.get()
                .uri("/api/overview")
                .header(HttpHeaders.AUTHORIZATION, officer)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.partnerships.service")
                .isEqualTo("partnership-service")
                .jsonPath("$.partnerships.path")
                .isEqualTo("/api/partnerships/stats")
                .jsonPath("$.students.path")
                .isEqualTo("/api/students/stats")
                .jsonPath("$.news.path")
                .isEqualTo("/api/news/stats")
                .jsonPath("$.faculty.path")
                .isEqualTo("/api/faculty/stats")
                .jsonPath("$.degraded")
                .isEqualTo(false)
                .jsonPath("$.missing")
                .isEmpty();

        List.of(partnership, student, news, faculty)
                .forEach(stub -> assertThat(stub.received()).singleElement().satisfies(received -> {
                    assertThat(received.method()).isEqualTo("GET");
                    assertThat(received.authorization()).isEqualTo(officer);
                }));
    }

    @Test
    void answersWithoutAStoppedServicesPart() {
        student.stop();

        client.get()
                .uri("/api/overview")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .consumeWith(result -> assertThat(new String(result.getResponseBody(), StandardCharsets.UTF_8))
                        .contains("\"students\":null"))
                .jsonPath("$.partnerships.service")
                .isEqualTo("partnership-service")
                .jsonPath("$.news.service")
                .isEqualTo("news-service")
                .jsonPath("$.faculty.service")
                .isEqualTo("faculty-service")
                .jsonPath("$.degraded")
                .isEqualTo(true)
                .jsonPath("$.missing")
                .isEqualTo(List.of("students"));
    }

    @Test
    void answersWithoutATooSlowServicesPartWithinTheTimeout() {
        news.behave(Behaviour.FREEZE);
        long started = System.nanoTime();

        client.get()
                .uri("/api/overview")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.partnerships.service")
                .isEqualTo("partnership-service")
                .jsonPath("$.students.service")
                .isEqualTo("student-service")
                .jsonPath("$.degraded")
                .isEqualTo(true)
                .jsonPath("$.missing")
                .isEqualTo(List.of("news"));

        // the overview timeout is 500 ms here; the slack is for a busy machine
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void refusesACallerWithoutToken() {
        client.mutate()
                .defaultHeaders(headers -> headers.remove(HttpHeaders.AUTHORIZATION))
                .build()
                .get()
                .uri("/api/overview")
                .exchange()
                .expectStatus()
                .isUnauthorized();

        List.of(partnership, student, news, faculty)
                .forEach(stub -> assertThat(stub.received()).isEmpty());
    }

    @Test
    void givesAViewerTheDegradedOverviewToo() {
        student.stop();

        client.get()
                .uri("/api/overview")
                .header(HttpHeaders.AUTHORIZATION, GatewayTokens.bearer(tokens.withRoles(Role.VIEWER)))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.degraded")
                .isEqualTo(true)
                .jsonPath("$.missing")
                .isEqualTo(List.of("students"))
                .jsonPath("$.news.service")
                .isEqualTo("news-service");
    }
}

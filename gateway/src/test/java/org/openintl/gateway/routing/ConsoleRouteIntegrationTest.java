package org.openintl.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openintl.gateway.testing.GatewayIntegrationTest;
import org.openintl.gateway.testing.StubService;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The web console's route (docs/console.md): its pages reach the console without a token, with the gateway's
 * security headers; the API beside them still needs one, and unknown paths stay the gateway's 404.
 */
class ConsoleRouteIntegrationTest extends GatewayIntegrationTest {

    static final StubService console = StubService.start("console");

    @DynamicPropertySource
    static void consoleUri(DynamicPropertyRegistry registry) {
        registry.add("intl.services.console-uri", () -> console.uri().toString());
    }

    @BeforeEach
    void reset() {
        console.reset();
    }

    @AfterAll
    static void stop() {
        console.stop();
    }

    @ParameterizedTest
    @CsvSource({
        "GET,  /",
        "GET,  /login?lang=en",
        "POST, /login",
        "POST, /logout",
        "GET,  /assets/console.css",
        "GET,  /partnerships/a-7/edit",
        "POST, /students/s-1/documents",
        "GET,  /students",
        "GET,  /experts?status=IN_SERVICE",
        "POST, /experts/e-1/transitions",
        "GET,  /talent/t-1",
        "POST, /staff-trips/s-1/transitions",
        "GET,  /news/n-1/preview?in=ko",
        "GET,  /oauth2/authorization/intl",
        "GET,  /login/oauth2/code/intl?code=c&state=s",
    })
    void routesTheConsolesPathsToItWithoutAToken(String method, String path) {
        client.method(HttpMethod.valueOf(method))
                .uri(path)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("username=mei&_csrf=t")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("X-Frame-Options", "DENY")
                .expectHeader()
                .exists("Content-Security-Policy");

        assertThat(console.received()).singleElement().satisfies(received -> {
            assertThat(received.method()).isEqualTo(method);
            assertThat(received.pathAndQuery()).isEqualTo(path);
        });
        assertThat(student.received()).isEmpty();
    }

    @Test
    void theApiBesideTheConsoleStillNeedsAToken() {
        client.get().uri("/api/students/s-1").exchange().expectStatus().isUnauthorized();
        client.get().uri("/api/unknown").exchange().expectStatus().isUnauthorized();

        assertThat(console.received()).isEmpty();
        assertThat(student.received()).isEmpty();
    }

    @Test
    void pathsThatOnlyLookLikeTheConsolesAreNotRouted() {
        client.get().uri("/studentsx").exchange().expectStatus().isUnauthorized();
        client.get().uri("/admin").exchange().expectStatus().isUnauthorized();

        assertThat(console.received()).isEmpty();
    }
}

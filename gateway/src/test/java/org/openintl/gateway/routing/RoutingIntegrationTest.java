package org.openintl.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openintl.gateway.testing.GatewayIntegrationTest;
import org.openintl.gateway.testing.StubService;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.util.UriUtils;

class RoutingIntegrationTest extends GatewayIntegrationTest {

    @BeforeEach
    void callAsAdmin() {
        sendAdminTokenByDefault();
    }

    @ParameterizedTest
    @CsvSource({
        "POST,   /api/partners,                           partnership-service",
        "GET,    /api/partners/p-1?lang=ko,               partnership-service",
        "PUT,    /api/partnerships/a-7,                   partnership-service",
        "POST,   /api/partnerships/a-7/transitions,       partnership-service",
        "PATCH,  /api/students/s-1?dryRun=true,           student-service",
        "DELETE, /api/students/s-1/documents/d-2,         student-service",
        "POST,   /api/news/n-1/translations/한국어,        news-service",
        "POST,   /api/experts,                            faculty-service",
        "PATCH,  /api/experts/e-1/documents/WORK_PERMIT,  faculty-service",
        "POST,   /api/talent/t-1/transitions,             faculty-service",
        "PUT,    /api/staff-trips/s-1?dryRun=true,        faculty-service",
        "GET,    /api/faculty/stats,                      faculty-service",
    })
    void routesEachPathToItsServiceWithPathAndBodyIntact(String method, String path, String service) {
        String body = "{\"name\":{\"zh\":\"合作\",\"en\":\"cooperation\",\"ko\":\"협력\"}}";

        client.method(HttpMethod.valueOf(method))
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.service")
                .isEqualTo(service);

        assertThat(stubs.get(service).received()).singleElement().satisfies(received -> {
            assertThat(received.method()).isEqualTo(method);
            // decoded, because the client percent-encodes the Korean; a gateway that encoded again would show here as
            // %25
            assertThat(UriUtils.decode(received.pathAndQuery(), StandardCharsets.UTF_8))
                    .isEqualTo(path);
            assertThat(received.body()).isEqualTo(body);
        });
        stubs.forEach((name, stub) -> {
            if (!name.equals(service)) {
                assertThat(stub.received()).as(name).isEmpty();
            }
        });
    }

    @Test
    void keepsTheCallersRequestIdAndEchoesIt() {
        client.get()
                .uri("/api/news/n-1")
                .header("X-Request-Id", "campus-portal-42")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("X-Request-Id", "campus-portal-42");

        assertThat(news.received())
                .singleElement()
                .extracting(StubService.Received::requestId)
                .isEqualTo("campus-portal-42");
    }

    @Test
    void givesARequestWithoutIdOneAndPassesItOn() {
        String id = client.get()
                .uri("/api/students/s-1")
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseHeaders()
                .getFirst("X-Request-Id");

        assertThat(id).isNotBlank();
        assertThat(student.received())
                .singleElement()
                .extracting(StubService.Received::requestId)
                .isEqualTo(id);
    }

    @Test
    void answersAnUnknownPathWithNotFoundProblemEvenToBrowsers() {
        client.get()
                .uri("/api/unknown/things")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .exists("X-Request-Id")
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:intl:problem:not-found")
                .jsonPath("$.status")
                .isEqualTo(404)
                .jsonPath("$.title")
                .isNotEmpty()
                .jsonPath("$.instance")
                .isEqualTo("/api/unknown/things");
    }

    @Test
    void exposesHealthProbesAndCircuitBreakerStateMetrics() {
        management()
                .get()
                .uri("/actuator/health/liveness")
                .exchange()
                .expectStatus()
                .isOk();
        management()
                .get()
                .uri("/actuator/health/readiness")
                .exchange()
                .expectStatus()
                .isOk();

        byte[] metrics = management()
                .get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBodyContent();

        assertThat(new String(metrics, StandardCharsets.UTF_8))
                .contains("resilience4j_circuitbreaker_state{")
                .contains("name=\"partnership-service\"")
                .contains("name=\"student-service\"")
                .contains("name=\"news-service\"");
    }
}

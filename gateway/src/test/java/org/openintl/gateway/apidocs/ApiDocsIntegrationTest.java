package org.openintl.gateway.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openintl.gateway.StubService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** One Swagger UI for the gateway's and every service's OpenAPI document, reachable without a token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class ApiDocsIntegrationTest {

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

    @BeforeEach
    void resetStubs() {
        List.of(partnership, student, news).forEach(StubService::reset);
    }

    @AfterAll
    static void stopStubs() {
        List.of(partnership, student, news).forEach(StubService::stop);
    }

    @Test
    void routesEachServicesDocumentWithoutToken() {
        for (String service : List.of("partnership-service", "student-service", "news-service")) {
            client.get()
                    .uri("/v3/api-docs/" + service)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.service")
                    .isEqualTo(service)
                    .jsonPath("$.path")
                    .isEqualTo("/v3/api-docs");
        }
    }

    @Test
    void describesTheGatewaysOwnEndpointsWithTheBearerScheme() {
        client.get()
                .uri("/v3/api-docs/gateway")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.paths['/auth/token'].post")
                .exists()
                .jsonPath("$.paths['/api/overview'].get")
                .exists()
                .jsonPath("$.paths['/fallback/{serviceId}']")
                .doesNotExist()
                .jsonPath("$.components.securitySchemes['bearer-jwt'].scheme")
                .isEqualTo("bearer");
    }

    @Test
    void servesOneSwaggerUiListingEveryDocument() {
        client.get()
                .uri("/v3/api-docs/gateway/swagger-config")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.urls[*].name")
                .value(names -> assertThat(names.toString())
                        .contains("gateway", "partnership-service", "student-service", "news-service"));

        String location = client.get()
                .uri("/swagger-ui.html")
                .exchange()
                .expectStatus()
                .is3xxRedirection()
                .returnResult(String.class)
                .getResponseHeaders()
                .getLocation()
                .toString();
        byte[] page = client.get()
                .uri(location)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBodyContent();
        assertThat(new String(page, StandardCharsets.UTF_8)).contains("swagger-ui");
    }
}

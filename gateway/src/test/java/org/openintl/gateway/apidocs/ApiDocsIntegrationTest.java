package org.openintl.gateway.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openintl.gateway.testing.GatewayIntegrationTest;

/** One Swagger UI for the gateway's and every service's OpenAPI document, reachable without a token. */
class ApiDocsIntegrationTest extends GatewayIntegrationTest {

    @Test
    void fetchesEachServicesDocumentFromItsManagementPortWithoutToken() {
        for (String service : List.of("partnership-service", "student-service", "news-service", "faculty-service")) {
            client.get()
                    .uri("/v3/api-docs/" + service)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.service")
                    .isEqualTo(service)
                    // the service's management port serves it there (the stub stands in for that port too)
                    .jsonPath("$.path")
                    .isEqualTo("/actuator/openapi");
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
                        .contains(
                                "gateway",
                                "partnership-service",
                                "student-service",
                                "news-service",
                                "faculty-service"));

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

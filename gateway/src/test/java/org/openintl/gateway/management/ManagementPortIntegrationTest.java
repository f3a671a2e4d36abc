package org.openintl.gateway.management;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openintl.gateway.testing.GatewayIntegrationTest;
import org.openintl.gateway.testing.GatewayTokens;
import org.springframework.http.HttpHeaders;

/** Actuator is on the management port (HTTP port + 1000 outside tests), never on the public one. */
class ManagementPortIntegrationTest extends GatewayIntegrationTest {

    @Test
    void isAPortOfItsOwn() {
        assertThat(managementPort).isPositive();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/actuator",
                "/actuator/health",
                "/actuator/health/readiness",
                "/actuator/prometheus",
                "/actuator/info",
                "/actuator/env"
            })
    void servesNoActuatorOnThePublicPortEvenToAdmin(String path) {
        client.get()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, GatewayTokens.bearer(tokens.admin()))
                .exchange()
                .expectStatus()
                .isNotFound();
        client.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .value(status -> assertThat(status).isIn(401, 404));
    }

    @Test
    void servesProbesHealthDetailsAndMetricsOnTheManagementPort() {
        management()
                .get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP")
                .jsonPath("$.components")
                .exists();
        management().get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
        // only what probes and Prometheus need
        management()
                .get()
                .uri("/actuator/env")
                .exchange()
                .expectStatus()
                .value(status -> assertThat(status).isIn(401, 404));
    }
}

package org.openintl.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openintl.access.Role;
import org.openintl.gateway.testing.GatewayIntegrationTest;
import org.openintl.gateway.testing.GatewayTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * {@code GET /api/audit} (who read students' personal data) goes to student-service, for ADMIN only: every other
 * role is refused at the gateway and never reaches the service (ADR 0481).
 */
class AuditRouteIntegrationTest extends GatewayIntegrationTest {

    @ParameterizedTest(name = "GET /api/audit as {0}")
    @EnumSource(Role.class)
    void theAuditLogIsRoutedToStudentServiceForAdminOnly(Role role) {
        var result = client.get()
                .uri("/api/audit?actor=someone")
                .header(HttpHeaders.AUTHORIZATION, GatewayTokens.bearer(tokens.forUser("audit-" + role, role)))
                .exchange()
                .expectBody()
                .returnResult();
        String body =
                result.getResponseBody() == null ? "" : new String(result.getResponseBody(), StandardCharsets.UTF_8);
        if (role == Role.ADMIN) {
            assertThat(result.getStatus().value()).as(body).isEqualTo(200);
            assertThat(stubs.get("student-service").received())
                    .singleElement()
                    .satisfies(r -> assertThat(r.pathAndQuery()).isEqualTo("/api/audit?actor=someone"));
        } else {
            assertThat(result.getStatus().value()).as(body).isEqualTo(403);
            assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(body).contains("urn:intl:problem:forbidden");
            stubs.forEach((name, stub) -> assertThat(stub.received()).as(name).isEmpty());
        }
    }
}

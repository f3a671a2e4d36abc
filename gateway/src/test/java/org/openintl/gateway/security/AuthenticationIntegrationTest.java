package org.openintl.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openintl.access.Role;
import org.openintl.gateway.testing.GatewayIntegrationTest;
import org.openintl.gateway.testing.GatewayTokens;
import org.openintl.gateway.testing.StubService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Every {@code /api/**} call needs a valid token; a refused call never reaches a service. */
class AuthenticationIntegrationTest extends GatewayIntegrationTest {

    enum BadToken {
        MISSING(t -> null),
        EXPIRED(GatewayTokens::expired),
        OTHER_ISSUER(GatewayTokens::ofAnotherIssuer),
        FORGED(GatewayTokens::forged),
        MALFORMED(t -> "not.a.jwt"),
        GARBAGE(t -> "%%%");

        final Function<GatewayTokens, String> token;

        BadToken(Function<GatewayTokens, String> token) {
            this.token = token;
        }
    }

    @ParameterizedTest
    @EnumSource(BadToken.class)
    void refusesAWriteWithoutAValidTokenWithUnauthorizedProblem(BadToken bad) {
        String token = bad.token.apply(tokens);

        var result = client.post()
                .uri("/api/students")
                .headers(h -> {
                    if (token != null) {
                        h.set(HttpHeaders.AUTHORIZATION, "Bearer " + token);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:intl:problem:unauthorized")
                .jsonPath("$.status")
                .isEqualTo(401)
                .jsonPath("$.instance")
                .isEqualTo("/api/students")
                .returnResult();

        String challenge = result.getResponseHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE);
        if (bad == BadToken.MISSING) {
            assertThat(challenge).isEqualTo("Bearer");
        } else {
            assertThat(challenge).startsWith("Bearer error=\"invalid_token\"");
        }
        assertThat(student.received()).isEmpty();
    }

    @Test
    void namesTheReasonOfARefusedToken() {
        client.get()
                .uri("/api/partners/p-1")
                .header(HttpHeaders.AUTHORIZATION, GatewayTokens.bearer(tokens.expired()))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat(detail).asString().containsIgnoringCase("expired"));

        client.get()
                .uri("/api/partners/p-1")
                .header(HttpHeaders.AUTHORIZATION, GatewayTokens.bearer(tokens.ofAnotherIssuer()))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat(detail).asString().contains("iss"));
    }

    @Test
    void passesAValidTokenOnToTheService() {
        String bearer = GatewayTokens.bearer(tokens.forUser("mei", Role.STUDENT_COUNSELOR));

        client.get()
                .uri("/api/students/s-1")
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(student.received())
                .singleElement()
                .extracting(StubService.Received::authorization)
                .isEqualTo(bearer);
    }

    @Test
    void letsFeedReadersFetchTheAtomFeedWithoutAToken() {
        client.get()
                .uri("/api/news/feed.atom?lang=en")
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(news.received())
                .singleElement()
                .extracting(StubService.Received::pathAndQuery)
                .isEqualTo("/api/news/feed.atom?lang=en");
        client.get().uri("/api/news").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void leavesKeysAndDocumentsOpenAndProbesAndMetricsOnTheManagementPort() {
        management()
                .get()
                .uri("/actuator/health/readiness")
                .exchange()
                .expectStatus()
                .isOk();
        management().get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
        client.get()
                .uri("/.well-known/jwks.json")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.keys[0].kid")
                .isEqualTo(signingKey.keyId())
                .jsonPath("$.keys[0].d")
                .doesNotExist();
        client.get().uri("/v3/api-docs/gateway").exchange().expectStatus().isOk();
    }

    @Test
    void refusesATokenWithoutAnyKnownRole() {
        client.get()
                .uri("/api/news/n-1")
                .header(HttpHeaders.AUTHORIZATION, GatewayTokens.bearer(tokens.forUser("nobody")))
                .exchange()
                .expectStatus()
                .isForbidden();
        assertThat(news.received()).isEmpty();
    }
}

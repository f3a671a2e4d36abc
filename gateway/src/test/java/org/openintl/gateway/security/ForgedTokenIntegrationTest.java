package org.openintl.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openintl.access.testing.ForgedTokens;
import org.openintl.access.testing.ForgedTokens.Forgery;
import org.openintl.gateway.testing.GatewayIntegrationTest;
import org.openintl.gateway.testing.GatewayTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * Every forgery of {@link ForgedTokens}, made around the gateway's own signing key, is a 401 ProblemDetail and never
 * reaches a service; the genuine token made the same way passes (the services are checked the same way, each on its
 * own: platform {@code ForgedTokenChecks}).
 */
class ForgedTokenIntegrationTest extends GatewayIntegrationTest {

    private ForgedTokens forgeries() {
        return new ForgedTokens(signingKey.privateJwk(), GatewayTokens.ISSUER, "intl-api");
    }

    @Test
    void letsTheGenuineTokenThrough() {
        client.get()
                .uri("/api/news/n-1")
                .header(
                        HttpHeaders.AUTHORIZATION,
                        GatewayTokens.bearer(forgeries().genuine()))
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(news.received()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Forgery.class)
    void refusesEveryForgeryWithUnauthorizedProblem(Forgery forgery) {
        EntityExchangeResult<byte[]> result = client.get()
                .uri("/api/news/n-1")
                .header(
                        HttpHeaders.AUTHORIZATION,
                        GatewayTokens.bearer(forgeries().forge(forgery)))
                .exchange()
                .expectBody()
                .returnResult();
        String body = new String(result.getResponseBodyContent(), StandardCharsets.UTF_8);
        System.out.printf(
                "forged-token gateway %s /api/news/n-1 -> %d %s%n",
                forgery, result.getStatus().value(), body);

        assertThat(result.getStatus().value()).as(body).isEqualTo(401);
        assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(body).contains("urn:intl:problem:unauthorized");
        assertThat(result.getResponseHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
                .contains("invalid_token");
        Stream.of(partnership, student, news)
                .forEach(stub -> assertThat(stub.received()).isEmpty());
    }
}

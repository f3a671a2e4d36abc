package org.openintl.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openintl.platform.testing.EmbeddedInfrastructure;
import org.openintl.platform.testing.Http;
import org.openintl.platform.testing.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The token issuer's key set out of reach (the gateway restarting, or too slow to answer): a request with a token
 * cannot be checked, which is the issuer's fault, not the caller's: 503 with {@code Retry-After}, not a 500 (it was
 * one, seen when the gateway's key set timed out under load).
 */
@ExtendWith(EmbeddedInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IssuerOutOfReachIntegrationTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void keySetNobodyServes(DynamicPropertyRegistry registry) {
        registry.add("intl.security.jwt.jwk-set-uri", () -> "http://127.0.0.1:" + closedPort() + "/jwks.json");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void answers503WithRetryAfterWhenTheKeySetCannotBeRead() {
        var r = new Http("http://127.0.0.1:" + port)
                .withToken(TestTokens.token().roles("ADMIN").sign())
                .get("/samples/caller");

        assertThat(r.status()).as(r.toString()).isEqualTo(503);
        assertThat(r.header("Retry-After")).isEqualTo("5");
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("type").asString()).isEqualTo("urn:intl:problem:service-unavailable");
        assertThat(r.json().get("instance").asString()).isEqualTo("/samples/caller");
    }
}

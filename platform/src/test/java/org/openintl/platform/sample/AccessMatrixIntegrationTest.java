package org.openintl.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openintl.access.AccessRules;
import org.openintl.access.testing.AccessMatrix;
import org.openintl.platform.testing.EmbeddedInfrastructure;
import org.openintl.platform.testing.Http;
import org.openintl.platform.testing.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

/**
 * The shared {@link AccessMatrix} against a service's security chain with the default rules, as the gateway's
 * {@code RoleMatrixIntegrationTest} runs it against the gateway: a call a role may make is let through (here mostly to
 * a 404, the sample serves none of these paths), every other one is a 403 ProblemDetail.
 */
@ExtendWith(EmbeddedInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessMatrixIntegrationTest {

    /** The defaults every service runs with, instead of the sample's own area. */
    @TestConfiguration
    static class DefaultRules {
        @Bean
        AccessRules accessRules() {
            return AccessRules.defaults();
        }
    }

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http("http://127.0.0.1:" + port);
    }

    static Stream<AccessMatrix.Case> sharedMatrix() {
        return AccessMatrix.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sharedMatrix")
    void answersTheSharedMatrixAsTheGatewayDoes(AccessMatrix.Case call) {
        var r = http.withToken(TestTokens.token()
                        .subject("matrix-" + call.role())
                        .roles(call.role().name())
                        .sign())
                .send(
                        call.method(),
                        call.path(),
                        Set.of("GET", "HEAD", "DELETE").contains(call.method()) ? null : "{}",
                        "application/json");

        if (call.allowed()) {
            assertThat(r.status()).as(r.body()).isNotIn(401, 403);
        } else {
            assertThat(r.status()).as(r.body()).isEqualTo(403);
            if (!call.method().equals("HEAD")) {
                assertThat(r.json().get("type").asString()).isEqualTo("urn:intl:problem:forbidden");
            }
        }
    }
}

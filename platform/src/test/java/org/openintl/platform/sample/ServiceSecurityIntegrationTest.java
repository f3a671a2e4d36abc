package org.openintl.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openintl.platform.testing.EmbeddedInfrastructure;
import org.openintl.platform.testing.ForgedTokenChecks;
import org.openintl.platform.testing.Http;
import org.openintl.platform.testing.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A service called directly, around the gateway: it verifies the token itself and enforces the write roles of its
 * area ({@code /samples/**}: NEWS_EDITOR, see the test application.yml).
 */
@ExtendWith(EmbeddedInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceSecurityIntegrationTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http("http://127.0.0.1:" + port);
    }

    private static Map<String, Object> sample() {
        return Map.of("title", Map.of("en", "Exchange with Minsk"), "startDate", "2026-09-01");
    }

    @Test
    void refusesACallWithoutTokenWithUnauthorizedProblem() {
        var r = http.anonymous().get("/samples/caller");

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("type").asString()).isEqualTo("urn:intl:problem:unauthorized");
        assertThat(r.json().get("status").asInt()).isEqualTo(401);
        assertThat(r.json().get("instance").asString()).isEqualTo("/samples/caller");
    }

    @Test
    void refusesAForgedToken() {
        var r = http.withToken(
                        TestTokens.token().roles("ADMIN").signedWithForeignKey().sign())
                .post("/samples", sample());

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).contains("invalid_token");
        assertThat(r.json().get("type").asString()).isEqualTo("urn:intl:problem:unauthorized");
    }

    @Test
    void refusesEveryForgedTokenWithUnauthorizedProblem() {
        ForgedTokenChecks.assertEveryForgeryRefused("platform-sample", http, "/samples/caller");
    }

    @Test
    void acceptsATokenWithinTheClockSkew() {
        var r = http.withToken(TestTokens.token()
                        .roles("VIEWER")
                        .expiresAt(Instant.now().minusSeconds(20))
                        .sign())
                .get("/samples/caller");

        assertThat(r.status()).isEqualTo(200);
    }

    @Test
    void refusesATokenWithoutTheAudience() {
        var r = http.withToken(TestTokens.token().roles("ADMIN").audience().sign())
                .get("/samples/caller");

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("detail").asString()).contains("aud");
    }

    @Test
    void refusesAnExpiredToken() {
        var r = http.withToken(TestTokens.token()
                        .roles("ADMIN")
                        .expiresAt(Instant.now().minusSeconds(600))
                        .sign())
                .get("/samples/caller");

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("detail").asString()).containsIgnoringCase("expired");
    }

    @Test
    void refusesATokenOfAnotherIssuer() {
        var r = http.withToken(TestTokens.token()
                        .roles("ADMIN")
                        .issuer("https://idp.elsewhere.example")
                        .sign())
                .get("/samples/caller");

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("detail").asString()).contains("iss");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-jwt", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", "a.b.c"})
    void refusesAMalformedToken(String token) {
        var r = http.withToken(token).get("/samples/caller");

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("type").asString()).isEqualTo("urn:intl:problem:unauthorized");
    }

    @Test
    void refusesAWriteWithoutTheAreasRoleWithForbiddenProblem() {
        var r = http.withRoles("VIEWER", "STUDENT_COUNSELOR").post("/samples", sample());

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("type").asString()).isEqualTo("urn:intl:problem:forbidden");
        assertThat(r.json().get("detail").asString())
                .contains("POST /samples")
                .contains("ADMIN, NEWS_EDITOR")
                .contains("STUDENT_COUNSELOR, VIEWER");
        assertThat(r.json().get("requiredRoles").toString()).contains("NEWS_EDITOR");
    }

    @Test
    void letsTheAreasRoleAndAdminWrite() {
        assertThat(http.withRoles("NEWS_EDITOR").post("/samples", sample()).status())
                .isEqualTo(201);
        assertThat(http.withRoles("ADMIN").post("/samples", sample()).status()).isEqualTo(201);
    }

    @Test
    void letsEveryRoleRead() {
        String id = http.post("/samples", sample()).json().get("id").asString();

        for (String role :
                new String[] {"ADMIN", "PARTNERSHIP_OFFICER", "STUDENT_COUNSELOR", "NEWS_EDITOR", "VIEWER"}) {
            assertThat(http.withRoles(role).get("/samples/" + id).status())
                    .as(role)
                    .isEqualTo(200);
        }
    }

    @Test
    void refusesATokenWithoutAnyKnownRole() {
        assertThat(http.withRoles().get("/samples/caller").status()).isEqualTo(403);
        assertThat(http.withRoles("default-roles-intl").get("/samples/caller").status())
                .isEqualTo(403);
    }

    @Test
    void keepsPathsOutsideEveryAreaForAdmin() {
        assertThat(http.withRoles("VIEWER").get("/nothing-here").status()).isEqualTo(403);
        assertThat(http.get("/nothing-here").status()).isEqualTo(404);
    }

    @Test
    void tellsTheControllerWhoIsCalling() {
        var counselor = http.withToken(TestTokens.token()
                        .subject("mei")
                        .roles("STUDENT_COUNSELOR")
                        .sign())
                .get("/samples/caller")
                .json();
        assertThat(counselor.get("name").asString()).isEqualTo("mei");
        assertThat(counselor.get("roles").toString()).isEqualTo("[\"STUDENT_COUNSELOR\"]");

        var viewer = http.withRoles("VIEWER").get("/samples/caller").json();
        assertThat(viewer.get("roles").toString()).isEqualTo("[\"VIEWER\"]");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/actuator/health",
                "/actuator/health/readiness",
                "/actuator/prometheus",
                "/actuator/info",
                "/actuator/openapi",
                "/v3/api-docs"
            })
    void servesNoActuatorAndNoApiDocumentOnTheApiPort(String path) {
        assertThat(managementPort).isNotEqualTo(port);
        // with a token as without one: the API port does not know these paths
        assertThat(http.get(path).status()).isEqualTo(404);
        assertThat(http.anonymous().get(path).status()).isIn(401, 404);
    }

    @Test
    void servesProbesHealthDetailsMetricsAndTheApiDocumentOnTheManagementPort() {
        Http management = new Http("http://127.0.0.1:" + managementPort).anonymous();
        assertThat(management.get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(management.get("/actuator/prometheus").status()).isEqualTo(200);
        assertThat(management
                        .get("/actuator/health")
                        .json()
                        .at("/components/mongo/details")
                        .isMissingNode())
                .isFalse();

        var docs = management.get("/actuator/openapi");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json()
                        .at("/components/securitySchemes/bearer-jwt/scheme")
                        .asString())
                .isEqualTo("bearer");
        assertThat(docs.json().at("/servers/0/url").asString()).isEqualTo("/");
        assertThat(docs.json().at("/paths/~1samples/post/responses/403").isMissingNode())
                .isFalse();
        // the caller is no request parameter
        assertThat(docs.json().at("/paths/~1samples~1caller/get/parameters").isMissingNode())
                .isTrue();
        // the API's paths, not actuator's
        assertThat(docs.json().at("/paths/~1actuator~1health").isMissingNode()).isTrue();
    }
}

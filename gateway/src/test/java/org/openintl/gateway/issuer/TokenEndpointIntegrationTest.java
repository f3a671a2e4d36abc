package org.openintl.gateway.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openintl.gateway.testing.GatewayIntegrationTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /auth/token} for the users of the test configuration (config/application.yml): admin, officer
 * (PARTNERSHIP_OFFICER, VIEWER), mei (STUDENT_COUNSELOR, VIEWER), dashboard (VIEWER).
 */
@TestPropertySource(properties = {"intl.issuer.login-throttle.max-failures=3", "intl.issuer.login-throttle.window=1h"})
@ExtendWith(OutputCaptureExtension.class)
class TokenEndpointIntegrationTest extends GatewayIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private WebTestClient.ResponseSpec login(Map<String, Object> body) {
        return client.post()
                .uri("/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    private JsonNode token(Map<String, Object> body) {
        byte[] answer =
                login(body).expectStatus().isOk().expectBody().returnResult().getResponseBodyContent();
        return JSON.readTree(answer);
    }

    private static List<String> roles(String token) throws Exception {
        return SignedJWT.parse(token).getJWTClaimsSet().getStringListClaim("roles");
    }

    @Test
    void issuesATokenThatTheRoutesAccept() throws Exception {
        JsonNode answer = token(Map.of("username", "officer", "password", "officer-secret"));

        assertThat(answer.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(answer.get("expires_in").asLong()).isEqualTo(3600);
        String token = answer.get("access_token").asString();
        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(signingKey.keyId());
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("http://localhost:8080");
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("officer");
        assertThat(roles(token)).containsExactly("PARTNERSHIP_OFFICER", "VIEWER");

        client.post()
                .uri("/api/partners")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(partnership.received()).hasSize(1);
    }

    @Test
    void givesAdminEveryRole() throws Exception {
        String token = token(Map.of("username", "admin", "password", "test-admin-secret"))
                .get("access_token")
                .asString();

        assertThat(roles(token))
                .containsExactly(
                        "ADMIN",
                        "PARTNERSHIP_OFFICER",
                        "STUDENT_COUNSELOR",
                        "NEWS_EDITOR",
                        "FACULTY_OFFICER",
                        "VIEWER");
    }

    @Test
    void narrowsATokenToTheRequestedRoles() throws Exception {
        String viewer = token(Map.of("username", "officer", "password", "officer-secret", "roles", List.of("VIEWER")))
                .get("access_token")
                .asString();

        assertThat(roles(viewer)).containsExactly("VIEWER");
        client.post()
                .uri("/api/partners")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + viewer)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isForbidden();
        client.get()
                .uri("/api/partners/p-1")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + viewer)
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void refusesAnUnknownRoleNamingIt() {
        login(Map.of("username", "officer", "password", "officer-secret", "roles", List.of("VIEWER", "SUPERUSER")))
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:intl:problem:validation")
                .jsonPath("$.errors[0].field")
                .isEqualTo("roles")
                .jsonPath("$.detail")
                .value(detail -> assertThat(detail).asString().contains("SUPERUSER"))
                .jsonPath("$.instance")
                .isEqualTo("/auth/token");
    }

    @Test
    void refusesARoleTheUserLacksNamingIt() {
        login(Map.of("username", "officer", "password", "officer-secret", "roles", List.of("VIEWER", "NEWS_EDITOR")))
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:intl:problem:forbidden")
                .jsonPath("$.detail")
                .value(detail ->
                        assertThat(detail).asString().contains("'officer'").contains("NEWS_EDITOR"));
    }

    @Test
    void refusesAnEmptyRoleListAndMissingCredentials() {
        login(Map.of("username", "officer", "password", "officer-secret", "roles", List.of()))
                .expectStatus()
                .isBadRequest();
        login(Map.of("username", "officer"))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("password");
        client.post()
                .uri("/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\": ")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void refusesWrongCredentialsWithUnauthorizedProblem() {
        login(Map.of("username", "mei", "password", "guess"))
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:intl:problem:unauthorized")
                .jsonPath("$.detail")
                .isEqualTo("Unknown user name or wrong password");
        login(Map.of("username", "nobody-here", "password", "guess"))
                .expectStatus()
                .isUnauthorized()
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("Unknown user name or wrong password");
    }

    @Test
    void slowsDownRepeatedFailuresEvenForTheRightPasswordThen() {
        for (int attempt = 0; attempt < 3; attempt++) {
            login(Map.of("username", "dashboard", "password", "wrong-" + attempt))
                    .expectStatus()
                    .isUnauthorized();
        }

        login(Map.of("username", "dashboard", "password", "viewer-secret"))
                .expectStatus()
                .isEqualTo(429)
                .expectHeader()
                .value(
                        HttpHeaders.RETRY_AFTER,
                        retryAfter -> assertThat(Long.parseLong(retryAfter)).isPositive())
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:intl:problem:too-many-requests");
        // another user from the same address is not locked out by someone guessing dashboard's password
        token(Map.of("username", "mei", "password", "counselor-secret"));
    }

    @Test
    void ignoresXForwardedForFromAPeerThatIsNoTrustedProxy() {
        for (int attempt = 0; attempt < 4; attempt++) {
            var answer = client.post()
                    .uri("/auth/token")
                    // a fresh X-Forwarded-For each time does not make a fresh client: the peer is no trusted proxy
                    .header("X-Forwarded-For", "203.0.113." + attempt)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("username", "ghost", "password", "wrong-" + attempt))
                    .exchange()
                    .expectStatus();
            if (attempt < 3) {
                answer.isUnauthorized();
            } else {
                answer.isEqualTo(429);
            }
        }
    }

    @Test
    void logsFailedLoginsWithoutForgedLinesOrPasswordsTypedAsNames(CapturedOutput output) {
        login(Map.of("username", "nobody\nINFO forged line", "password", "guess"))
                .expectStatus()
                .isUnauthorized();
        login(Map.of("username", "Secret-Typed-As-Name!", "password", "guess"))
                .expectStatus()
                .isUnauthorized();
        login(Map.of("username", "mei", "password", "still wrong"))
                .expectStatus()
                .isUnauthorized();

        assertThat(output.getOut())
                .contains("Refused a token for an unknown user name (23 chars)")
                .contains("Refused a token for an unknown user name (21 chars)")
                .contains("Refused a token for 'mei'")
                .doesNotContain("forged line")
                .doesNotContain("Secret-Typed-As-Name!");
    }
}

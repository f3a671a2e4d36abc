package org.openintl.gateway.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openintl.gateway.testing.GatewayIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * With the local issuer off, as in docker-compose: tokens of an identity provider (Keycloak's shape: realm URL as
 * issuer, the realm roles mapped to a {@code roles} claim) are verified against its JWKS; {@code /auth/token} is
 * gone.
 */
@TestPropertySource(
        properties = {"intl.issuer.enabled=false", "intl.security.jwt.issuer=" + ExternalIssuerIntegrationTest.REALM})
class ExternalIssuerIntegrationTest extends GatewayIntegrationTest {

    static final String REALM = "http://keycloak.test/realms/intl";

    static final RSAKey IDP_KEY = generate("idp-key");
    static final HttpServer IDP = jwksServer();

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        registry.add(
                "intl.security.jwt.jwk-set-uri",
                () -> "http://127.0.0.1:" + IDP.getAddress().getPort() + "/realms/intl/protocol/openid-connect/certs");
    }

    @Autowired
    ApplicationContext context;

    @AfterAll
    static void stop() {
        IDP.stop(0);
    }

    @Test
    void acceptsTheIdentityProvidersTokensWithMappedRoles() {
        String editor =
                sign(IDP_KEY, Map.of("preferred_username", "li", "roles", List.of("NEWS_EDITOR", "offline_access")));

        client.post()
                .uri("/api/news")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + editor)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(news.received()).hasSize(1);
    }

    @Test
    void refusesTokensOfAnotherKey() {
        String forged = sign(generate("idp-key"), Map.of("roles", List.of("ADMIN")));

        client.get()
                .uri("/api/news/n-1")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + forged)
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void issuesNoTokensItself() {
        assertThat(context.getBeanNamesForType(TokenIssuer.class)).isEmpty();
        client.post()
                .uri("/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\":\"admin\",\"password\":\"x\"}")
                .exchange()
                .expectStatus()
                .isNotFound();
        client.get().uri("/.well-known/jwks.json").exchange().expectStatus().isNotFound();
    }

    private static String sign(RSAKey key, Map<String, Object> claims) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(REALM)
                .subject("5b0e7c1a-0000-4000-8000-000000000001")
                // the realm's audience mapper adds intl-api; Keycloak puts its own "account" there as well
                .audience(List.of("intl-api", "account"))
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(300)));
        claims.forEach(builder::claim);
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(key.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                builder.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static RSAKey generate(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer jwksServer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            byte[] jwks = new JWKSet(IDP_KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/realms/intl/protocol/openid-connect/certs", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                exchange.getResponseBody().write(jwks);
                exchange.close();
            });
            server.start();
            return server;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

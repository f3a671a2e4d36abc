package org.openintl.platform.testing;

import com.nimbusds.jose.JOSEException;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Mints JWTs that the services under test accept: signed with a test key pair made once per JVM, whose public key
 * {@link TestTokensEnvironment} hands to every Spring Boot application started in the test JVM
 * ({@code intl.security.jwt.jwk-set-uri} = {@link #jwkSetUri()}, {@code intl.security.jwt.issuer} = {@link #ISSUER}).
 * {@link Http} sends {@link #admin()} unless told otherwise.
 *
 * <pre>{@code
 * String viewer = TestTokens.withRoles("VIEWER");
 * String expired = TestTokens.token().roles("ADMIN").expiresAt(Instant.now().minusSeconds(600)).sign();
 * String forged = TestTokens.token().roles("ADMIN").signedWithForeignKey().sign();
 * }</pre>
 */
public final class TestTokens {

    /** The issuer the services under test trust. */
    public static final String ISSUER = "http://test-issuer.invalid";

    /** The audience the services under test insist on (their default, {@code intl.security.jwt.audience}). */
    public static final String AUDIENCE = "intl-api";

    private static final String ALL_ROLES_USER = "test-admin";

    private static RSAKey key;
    private static RSAKey foreignKey;
    private static Path publicKeyFile;
    private static HttpServer jwksServer;
    private static String admin;

    private TestTokens() {}

    /** An ADMIN token valid for a day (one per JVM). */
    public static synchronized String admin() {
        if (admin == null) {
            admin = token().subject(ALL_ROLES_USER)
                    .roles("ADMIN")
                    .expiresAt(Instant.now().plus(Duration.ofDays(1)))
                    .sign();
        }
        return admin;
    }

    /** A token of user {@code test-user} with exactly these roles, valid for an hour. */
    public static String withRoles(String... roles) {
        return token().roles(roles).sign();
    }

    public static Builder token() {
        return new Builder();
    }

    /**
     * Where the services under test fetch the test key, as they fetch the gateway's in production: a JWK set served
     * over loopback HTTP, started once per JVM.
     */
    public static synchronized String jwkSetUri() {
        if (jwksServer == null) {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                byte[] jwks = new JWKSet(key().toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
                server.createContext("/.well-known/jwks.json", exchange -> {
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, jwks.length);
                    exchange.getResponseBody().write(jwks);
                    exchange.close();
                });
                server.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
                jwksServer = server;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return "http://127.0.0.1:" + jwksServer.getAddress().getPort() + "/.well-known/jwks.json";
    }

    /** The test key's public half as a PEM file, written once per JVM. */
    public static synchronized Path publicKeyFile() {
        if (publicKeyFile == null) {
            try {
                Path file = Files.createTempFile("intl-test-jwt-", ".pem");
                file.toFile().deleteOnExit();
                String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(key().toRSAPublicKey().getEncoded());
                Files.writeString(
                        file,
                        "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n",
                        StandardCharsets.US_ASCII);
                publicKeyFile = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
        return publicKeyFile;
    }

    /** The test signing key, private half included: for tests that forge tokens from a genuine one. */
    public static synchronized RSAKey key() {
        if (key == null) {
            key = generate("intl-test");
        }
        return key;
    }

    private static synchronized RSAKey foreignKey() {
        if (foreignKey == null) {
            foreignKey = generate("intl-test");
        }
        return foreignKey;
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token to be; every setting has a sensible default. */
    public static final class Builder {

        private String subject = "test-user";
        private List<String> roles = List.of();
        private String issuer = ISSUER;
        private Instant issuedAt = Instant.now();
        private Instant expiresAt = issuedAt.plus(Duration.ofHours(1));
        private List<String> audience = List.of(AUDIENCE);
        private boolean foreign;

        private Builder() {}

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder roles(String... roles) {
            this.roles = List.of(roles);
            return this;
        }

        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            if (!issuedAt.isBefore(expiresAt)) {
                this.issuedAt = expiresAt.minus(Duration.ofHours(1));
            }
            return this;
        }

        /** The {@code aud} values; none leaves the claim out. */
        public Builder audience(String... audience) {
            this.audience = List.of(audience);
            return this;
        }

        /** Same key id, another key: what a forger without our private key can make. */
        public Builder signedWithForeignKey() {
            this.foreign = true;
            return this;
        }

        public String sign() {
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .subject(subject)
                    .claim("preferred_username", subject)
                    .claim("roles", roles)
                    .audience(audience.isEmpty() ? null : audience)
                    .issueTime(Date.from(issuedAt))
                    .expirationTime(Date.from(expiresAt))
                    .jwtID(UUID.randomUUID().toString())
                    .build();
            RSAKey signingKey = foreign ? foreignKey() : key();
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(signingKey.getKeyID())
                            .type(JOSEObjectType.JWT)
                            .build(),
                    claims);
            try {
                jwt.sign(new RSASSASigner(signingKey));
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return jwt.serialize();
        }
    }
}

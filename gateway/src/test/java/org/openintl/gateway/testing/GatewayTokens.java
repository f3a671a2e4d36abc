package org.openintl.gateway.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.openintl.access.Role;
import org.openintl.gateway.issuer.SigningKey;
import org.openintl.gateway.issuer.TokenIssuer;

/**
 * Tokens for gateway tests: real ones from the running gateway's {@link TokenIssuer}, and the bad ones a real issuer
 * never makes (expired, another issuer, another key).
 */
public final class GatewayTokens {

    public static final String ISSUER = "http://localhost:8080";

    private final TokenIssuer issuer;
    private final SigningKey key;

    public GatewayTokens(TokenIssuer issuer, SigningKey key) {
        this.issuer = issuer;
        this.key = key;
    }

    public String admin() {
        return issuer.issue("test-admin", Set.of(Role.ADMIN)).token();
    }

    public String forUser(String user, Role... roles) {
        return issuer.issue(user, Set.of(roles)).token();
    }

    public String withRoles(Role... roles) {
        return forUser("user-" + Arrays.toString(roles), roles);
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    public String expired() {
        return sign(key.privateJwk(), ISSUER, Instant.now().minusSeconds(600));
    }

    public String ofAnotherIssuer() {
        return sign(
                key.privateJwk(),
                "https://idp.elsewhere.example/realms/x",
                Instant.now().plusSeconds(600));
    }

    /** The gateway's key id, another key: what someone without the private key can make. */
    public String forged() {
        try {
            RSAKey other = new RSAKeyGenerator(2048).keyID(key.keyId()).generate();
            return sign(other, ISSUER, Instant.now().plusSeconds(600));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(RSAKey with, String iss, Instant expires) {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(with.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                new JWTClaimsSet.Builder()
                        .issuer(iss)
                        .subject("mallory")
                        .audience("intl-api")
                        .claim("roles", List.of("ADMIN"))
                        .issueTime(Date.from(expires.minusSeconds(3600)))
                        .expirationTime(Date.from(expires))
                        .build());
        try {
            jwt.sign(new RSASSASigner(with));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}

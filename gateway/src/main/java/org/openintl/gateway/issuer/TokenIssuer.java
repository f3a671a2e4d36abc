package org.openintl.gateway.issuer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.openintl.access.Role;

/**
 * Signs access tokens (RS256) with the claims every verifier reads: {@code iss}, {@code aud}, {@code sub}
 * and {@code preferred_username} (the user name), {@code roles}, {@code iat}, {@code exp} and a {@code jti}.
 */
public final class TokenIssuer {

    private final SigningKey key;
    private final String issuer;
    private final String audience;
    private final Duration ttl;
    private final Clock clock;

    TokenIssuer(SigningKey key, String issuer, String audience, Duration ttl, Clock clock) {
        this.key = key;
        this.issuer = issuer;
        this.audience = audience;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** A signed token and how long it is valid. */
    public record Issued(String token, Duration validFor) {}

    public Issued issue(String username, Set<Role> roles) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(username)
                .audience(audience)
                .claim("preferred_username", username)
                .claim(
                        "roles",
                        (roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles))
                                .stream().map(Role::name).toList())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(key.keyId())
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims);
        try {
            jwt.sign(new RSASSASigner(key.privateJwk()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
        return new Issued(jwt.serialize(), ttl);
    }
}

package org.openintl.access.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * The tokens an attacker makes, each claiming ADMIN, built around the verifier's genuine key so that each differs
 * from a good token in exactly one way. The gateway and every service must answer each with a 401 ProblemDetail;
 * {@link #genuine()} is the control that must pass.
 */
public final class ForgedTokens {

    /** The ways a token is forged or bent. */
    public enum Forgery {
        /** {@code alg: none}, no signature. */
        ALG_NONE,
        /** HS256, the verifier's public key (PEM text) as the HMAC secret: the classic algorithm confusion. */
        HS256_SIGNED_WITH_PUBLIC_KEY,
        /** {@code exp} ten minutes ago, beyond the 60 s skew. */
        EXPIRED,
        /** No {@code exp}: it would never expire. */
        NO_EXP,
        /** {@code aud} of another API. */
        WRONG_AUDIENCE,
        /** {@code iss} of another identity provider. */
        WRONG_ISSUER,
        /** Signed with the genuine key but naming a key id the verifier does not publish. */
        UNKNOWN_KID,
        /** A genuine VIEWER token whose payload was edited to ADMIN, signature kept. */
        TAMPERED_PAYLOAD,
        /** Another RSA key under the genuine key id: what a forger without the private key can sign. */
        ANOTHER_KEY,
        /** {@code nbf} ten minutes ahead, beyond the 60 s skew. */
        NOT_YET_VALID
    }

    private final RSAKey genuineKey;
    private final String issuer;
    private final String audience;

    /** @param genuineKey the verifier's signing key with its private half and key id */
    public ForgedTokens(RSAKey genuineKey, String issuer, String audience) {
        this.genuineKey = genuineKey;
        this.issuer = issuer;
        this.audience = audience;
    }

    /** A good ADMIN token, the control. */
    public String genuine() {
        return sign(genuineKey, genuineKey.getKeyID(), claims().build());
    }

    public String forge(Forgery forgery) {
        Instant now = Instant.now();
        try {
            return switch (forgery) {
                case ALG_NONE -> new PlainJWT(claims().build()).serialize();
                case HS256_SIGNED_WITH_PUBLIC_KEY -> {
                    SignedJWT jwt = new SignedJWT(
                            new JWSHeader.Builder(JWSAlgorithm.HS256)
                                    .keyID(genuineKey.getKeyID())
                                    .type(JOSEObjectType.JWT)
                                    .build(),
                            claims().build());
                    jwt.sign(new MACSigner(publicKeyPem().getBytes(StandardCharsets.US_ASCII)));
                    yield jwt.serialize();
                }
                case EXPIRED ->
                    sign(
                            genuineKey,
                            genuineKey.getKeyID(),
                            claims().issueTime(Date.from(now.minusSeconds(3600)))
                                    .notBeforeTime(Date.from(now.minusSeconds(3600)))
                                    .expirationTime(Date.from(now.minusSeconds(600)))
                                    .build());
                case NO_EXP ->
                    sign(
                            genuineKey,
                            genuineKey.getKeyID(),
                            claims().expirationTime(null).build());
                case WRONG_AUDIENCE ->
                    sign(
                            genuineKey,
                            genuineKey.getKeyID(),
                            claims().audience("another-api").build());
                case WRONG_ISSUER ->
                    sign(
                            genuineKey,
                            genuineKey.getKeyID(),
                            claims().issuer("https://idp.elsewhere.example/realms/x")
                                    .build());
                case UNKNOWN_KID -> sign(genuineKey, "unknown-" + UUID.randomUUID(), claims().build());
                case TAMPERED_PAYLOAD -> {
                    String viewer = sign(
                            genuineKey,
                            genuineKey.getKeyID(),
                            claims().claim("roles", List.of("VIEWER")).build());
                    String[] parts = viewer.split("\\.");
                    String admin = Base64URL.encode(claims().build().toString()).toString();
                    yield parts[0] + "." + admin + "." + parts[2];
                }
                case ANOTHER_KEY ->
                    sign(
                            new RSAKeyGenerator(2048)
                                    .keyID(genuineKey.getKeyID())
                                    .generate(),
                            genuineKey.getKeyID(),
                            claims().build());
                case NOT_YET_VALID ->
                    sign(
                            genuineKey,
                            genuineKey.getKeyID(),
                            claims().notBeforeTime(Date.from(now.plusSeconds(600)))
                                    .build());
            };
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("mallory")
                .audience(audience)
                .claim("preferred_username", "mallory")
                .claim("roles", List.of("ADMIN"))
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .jwtID(UUID.randomUUID().toString());
    }

    private static String sign(RSAKey key, String keyId, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(keyId)
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private String publicKeyPem() throws JOSEException {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(genuineKey.toRSAPublicKey().getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n";
    }
}

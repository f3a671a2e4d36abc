package org.openintl.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/** A remembered token skips the signature check but never the claims: an expired one is refused although cached. */
class CachingJwtDecoderUnitTest {

    private static final Instant ISSUED = Instant.parse("2026-03-01T10:00:00Z");

    private final List<String> fullChecks = new ArrayList<>();
    private Clock clock = Clock.fixed(ISSUED, ZoneOffset.UTC);

    /** The claims check of the services, with a clock the test moves. */
    private final OAuth2TokenValidator<Jwt> claims = jwt -> {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ofSeconds(60));
        timestamps.setClock(clock);
        return timestamps.validate(jwt);
    };

    /** Stands for Nimbus' signature check (not ours): counts the full checks, then applies the same claims check. */
    private final CachingJwtDecoder decoder = new CachingJwtDecoder(
            token -> {
                fullChecks.add(token);
                Jwt jwt = jwt(token);
                OAuth2TokenValidatorResult result = claims.validate(jwt);
                if (result.hasErrors()) {
                    throw new JwtValidationException("invalid", result.getErrors());
                }
                return jwt;
            },
            claims);

    @Test
    void checksTheSignatureOfATokenOnceAndItsClaimsOnEveryUse() {
        assertThat(decoder.decode("header.claims.signature").getSubject()).isEqualTo("admin");
        assertThat(decoder.decode("header.claims.signature").getSubject()).isEqualTo("admin");

        assertThat(fullChecks).containsExactly("header.claims.signature");
    }

    @Test
    void aTokenWithOtherBytesIsCheckedInFull() {
        decoder.decode("header.claims.signature");
        decoder.decode("header.claims.forged");

        assertThat(fullChecks).containsExactly("header.claims.signature", "header.claims.forged");
    }

    @Test
    void aRememberedTokenIsRefusedOnceItExpired() {
        decoder.decode("header.claims.signature");

        clock = Clock.fixed(ISSUED.plus(Duration.ofHours(2)), ZoneOffset.UTC);

        assertThatThrownBy(() -> decoder.decode("header.claims.signature")).isInstanceOf(JwtValidationException.class);
        assertThat(fullChecks).hasSize(2);
    }

    private static Jwt jwt(String token) {
        return Jwt.withTokenValue(token)
                .header("alg", "RS256")
                .subject("admin")
                .issuedAt(ISSUED)
                .expiresAt(ISSUED.plus(Duration.ofHours(1)))
                .build();
    }
}

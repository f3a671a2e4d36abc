package org.openintl.boot.security;

import java.time.Duration;
import java.util.List;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * What a token's claims must say once its RS256 signature verified (ADR 0460): {@code exp} present and not passed,
 * {@code nbf} (when present) reached, both with {@value #SKEW_SECONDS} s of clock skew; {@code iss} the configured
 * issuer; {@code aud} containing the configured audience. The gateway's (reactive) and every service's (servlet)
 * decoder use this one validator.
 */
public final class TokenValidation {

    public static final long SKEW_SECONDS = 60;

    private TokenValidation() {}

    public static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ofSeconds(SKEW_SECONDS));
        // a token without exp would never expire
        timestamps.setAllowEmptyExpiryClaim(false);
        return new DelegatingOAuth2TokenValidator<>(
                List.of(timestamps, new JwtIssuerValidator(issuer), new JwtAudienceValidator(audience)));
    }
}

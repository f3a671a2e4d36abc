package org.openintl.platform.security;

import org.openintl.access.VerifiedTokens;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Verifies a token's signature once and its claims on every request (ADR 0572): a token seen before (the same bytes,
 * signature included) is taken from {@link VerifiedTokens} and its claims validated again; anything else, and a
 * remembered token whose claims no longer hold, goes through the full check of the delegate.
 */
final class CachingJwtDecoder implements JwtDecoder {

    private final JwtDecoder delegate;
    private final OAuth2TokenValidator<Jwt> claims;
    private final VerifiedTokens<Jwt> verified = new VerifiedTokens<>();

    CachingJwtDecoder(JwtDecoder delegate, OAuth2TokenValidator<Jwt> claims) {
        this.delegate = delegate;
        this.claims = claims;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.get(token);
        if (known != null) {
            if (!claims.validate(known).hasErrors()) {
                return known;
            }
            verified.forget(token);
        }
        Jwt jwt = delegate.decode(token);
        verified.put(token, jwt);
        return jwt;
    }
}

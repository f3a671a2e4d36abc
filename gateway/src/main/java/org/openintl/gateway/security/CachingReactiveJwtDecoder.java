package org.openintl.gateway.security;

import org.openintl.access.VerifiedTokens;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Verifies a token's signature once and its claims on every request (ADR 0572): a token seen before (the same bytes,
 * signature included) is taken from {@link VerifiedTokens} and its claims validated again; anything else, and a
 * remembered token whose claims no longer hold, goes through the full check of the delegate. The RSA check on the
 * event loop was the largest single cost of a proxied request.
 */
final class CachingReactiveJwtDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder delegate;
    private final OAuth2TokenValidator<Jwt> claims;
    private final VerifiedTokens<Jwt> verified = new VerifiedTokens<>();

    CachingReactiveJwtDecoder(ReactiveJwtDecoder delegate, OAuth2TokenValidator<Jwt> claims) {
        this.delegate = delegate;
        this.claims = claims;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = verified.get(token);
        if (known != null) {
            if (!claims.validate(known).hasErrors()) {
                return Mono.just(known);
            }
            verified.forget(token);
        }
        return delegate.decode(token).doOnNext(jwt -> verified.put(token, jwt));
    }
}

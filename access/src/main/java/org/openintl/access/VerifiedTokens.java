package org.openintl.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Tokens whose RS256 signature was already verified, keyed by the whole compact token (signature included), so that a
 * caller's next requests skip the RSA check, which was a third of the CPU of a request (docs/performance.md, ADR
 * 0572). Only what passed the full check is put here; whoever reads an entry checks its claims again (expiry,
 * not-before, issuer, audience) on every use. Bounded in number and age: a token is checked again at least every
 * {@link #MAX_AGE}, so a key withdrawn from the identity provider stops working within that time.
 *
 * @param <T> the verified token as the caller decoded it
 */
public final class VerifiedTokens<T> {

    public static final int MAX_TOKENS = 10_000;
    public static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final Cache<String, T> verified = Caffeine.newBuilder()
            .maximumSize(MAX_TOKENS)
            .expireAfterWrite(MAX_AGE)
            .build();

    /** The token as decoded when its signature verified, or {@code null}. */
    public @Nullable T get(String token) {
        return verified.getIfPresent(token);
    }

    /** Remembers a token whose signature and claims were just verified. */
    public void put(String token, T decoded) {
        verified.put(token, decoded);
    }

    /** Forgets a token whose claims no longer hold (expired): the next use is checked in full. */
    public void forget(String token) {
        verified.invalidate(token);
    }
}

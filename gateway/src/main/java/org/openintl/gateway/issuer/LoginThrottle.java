package org.openintl.gateway.issuer;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing down with Bucket4j buckets of allowed failures: one per user name and client address (a
 * guesser cannot lock the real user out from elsewhere) and one per client address (spraying many user names from
 * one place). Each failure takes a token; with a bucket empty, logins are refused until the window refills it.
 */
final class LoginThrottle {

    private static final int PRUNE_ABOVE = 10_000;

    private final IssuerProperties.LoginThrottle settings;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    LoginThrottle(IssuerProperties.LoginThrottle settings) {
        this.settings = settings;
    }

    /** How long this user at this address must wait before the next attempt; empty when an attempt is allowed. */
    Optional<Duration> blocked(String username, String client) {
        long waitNanos = Math.max(waitNanos(userKey(username, client)), waitNanos(clientKey(client)));
        return waitNanos > 0 ? Optional.of(Duration.ofNanos(waitNanos)) : Optional.empty();
    }

    void failed(String username, String client) {
        if (buckets.size() > PRUNE_ABOVE) {
            buckets.values().removeIf(b -> b.getAvailableTokens() >= settings.maxFailures());
        }
        bucket(userKey(username, client), settings.maxFailures()).tryConsume(1);
        bucket(clientKey(client), settings.maxFailuresPerClient()).tryConsume(1);
    }

    /** A successful login forgets this user's failures from this address. */
    void succeeded(String username, String client) {
        buckets.remove(userKey(username, client));
    }

    private long waitNanos(String key) {
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            return 0;
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
    }

    private Bucket bucket(String key, int capacity) {
        return buckets.computeIfAbsent(
                key,
                k -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, settings.window()))
                        .build());
    }

    private static String userKey(String username, String client) {
        return "user:" + username.toLowerCase(Locale.ROOT) + "|" + client;
    }

    private static String clientKey(String client) {
        return "client:" + client;
    }
}

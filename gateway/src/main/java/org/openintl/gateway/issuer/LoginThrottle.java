package org.openintl.gateway.issuer;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing down with Bucket4j buckets of allowed failures: one per user name and client address (a
 * guesser cannot lock the real user out from elsewhere) and one per client address (spraying many user names from
 * one place). An attempt takes its slot in both <em>before</em> the password is checked, atomically (ADR 0462): of
 * 50 parallel guesses only as many as there are slots reach BCrypt, the rest are refused at once. A wrong password
 * keeps the slot taken; the right one gives it back and forgets the user's failures.
 */
final class LoginThrottle {

    private static final int PRUNE_ABOVE = 10_000;

    private final IssuerProperties.LoginThrottle settings;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Counter refused;

    LoginThrottle(IssuerProperties.LoginThrottle settings, MeterRegistry meters) {
        this.settings = settings;
        this.refused = Counter.builder("intl.issuer.logins.throttled")
                .description("Login attempts refused with 429 before their password was checked")
                .register(meters);
    }

    /** A slot taken for one attempt; give it back with {@link #succeeded} when the password was right. */
    record Slot(String userKey, String clientKey) {}

    /** Either a slot or how long to wait. */
    record Attempt(Optional<Slot> slot, Duration retryAfter) {
        static Attempt refused(long nanos) {
            return new Attempt(Optional.empty(), Duration.ofNanos(Math.max(nanos, 1)));
        }
    }

    Attempt tryAcquire(String username, String client) {
        if (buckets.size() > PRUNE_ABOVE) {
            // buckets at full capacity hold no failure and no slot in use
            buckets.entrySet()
                    .removeIf(e -> e.getValue().getAvailableTokens()
                            >= (e.getKey().startsWith("user:")
                                    ? settings.maxFailures()
                                    : settings.maxFailuresPerClient()));
        }
        String userKey = userKey(username, client);
        String clientKey = clientKey(client);
        Bucket user = bucket(userKey, settings.maxFailures());
        ConsumptionProbe first = user.tryConsumeAndReturnRemaining(1);
        if (!first.isConsumed()) {
            refused.increment();
            return Attempt.refused(first.getNanosToWaitForRefill());
        }
        ConsumptionProbe second =
                bucket(clientKey, settings.maxFailuresPerClient()).tryConsumeAndReturnRemaining(1);
        if (!second.isConsumed()) {
            user.addTokens(1);
            refused.increment();
            return Attempt.refused(second.getNanosToWaitForRefill());
        }
        return new Attempt(Optional.of(new Slot(userKey, clientKey)), Duration.ZERO);
    }

    /** The right password: the attempt was no failure, and the user's earlier failures from there are forgiven. */
    void succeeded(Slot slot) {
        buckets.remove(slot.userKey());
        Bucket client = buckets.get(slot.clientKey());
        if (client != null) {
            client.addTokens(1);
        }
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

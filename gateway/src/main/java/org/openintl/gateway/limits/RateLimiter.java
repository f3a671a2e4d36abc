package org.openintl.gateway.limits;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * One in-memory token bucket per user (Bucket4j, no Redis). Each gateway instance counts on its own, so N instances
 * allow a user N times the rate: acceptable for a limit that protects the services from a runaway script, not for
 * billing (docs/adr/0301-rate-limits-in-memory.md).
 */
@Component
public class RateLimiter {

    /** Buckets of users who are back at full capacity are forgotten once the map grows past this. */
    private static final int PRUNE_ABOVE = 10_000;

    private final LimitsProperties.Rate rate;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(LimitsProperties properties) {
        this.rate = properties.rate();
    }

    /** Takes one request from the user's bucket; empty when admitted, else how long until the next one would be. */
    public Optional<Duration> tryAcquire(String user) {
        if (!rate.enabled()) {
            return Optional.empty();
        }
        if (buckets.size() > PRUNE_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= rate.burst());
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(user, u -> newBucket()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit ->
                        limit.capacity(rate.burst()).refillGreedy(rate.requestsPerSecond(), Duration.ofSeconds(1)))
                .build();
    }
}

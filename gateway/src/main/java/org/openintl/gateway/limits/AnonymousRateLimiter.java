package org.openintl.gateway.limits;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * One in-memory token bucket per client address for requests without a valid token (ADR 0462): nobody can make the
 * gateway check passwords, verify garbage tokens or render the feed as fast as the network allows. Like
 * {@link RateLimiter}, each gateway instance counts on its own.
 */
@Component
public class AnonymousRateLimiter {

    private static final int PRUNE_ABOVE = 10_000;

    private final LimitsProperties.Anonymous rate;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    AnonymousRateLimiter(LimitsProperties properties) {
        this.rate = properties.anonymous();
    }

    /** Takes one request from the client's bucket; empty when admitted, else how long until the next one would be. */
    public Optional<Duration> tryAcquire(String client) {
        if (!rate.enabled()) {
            return Optional.empty();
        }
        if (buckets.size() > PRUNE_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= rate.burst());
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(
                        client,
                        c -> Bucket.builder()
                                .addLimit(limit -> limit.capacity(rate.burst())
                                        .refillGreedy(rate.requestsPerSecond(), Duration.ofSeconds(1)))
                                .build())
                .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}

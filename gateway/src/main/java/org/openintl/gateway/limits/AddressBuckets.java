package org.openintl.gateway.limits;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** One in-memory token bucket per client address: {@code burst} requests at once, refilled per second. */
final class AddressBuckets {

    private static final int PRUNE_ABOVE = 10_000;

    private final long requestsPerSecond;
    private final long burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    AddressBuckets(long requestsPerSecond, long burst) {
        this.requestsPerSecond = requestsPerSecond;
        this.burst = burst;
    }

    /** Takes one request from the client's bucket; empty when admitted, else how long until the next one would be. */
    Optional<Duration> tryAcquire(String client) {
        if (buckets.size() > PRUNE_ABOVE) {
            // full buckets carry no state worth keeping: a flood of addresses cannot grow the map without bound
            buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= burst);
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(
                        client,
                        c -> Bucket.builder()
                                .addLimit(limit ->
                                        limit.capacity(burst).refillGreedy(requestsPerSecond, Duration.ofSeconds(1)))
                                .build())
                .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}

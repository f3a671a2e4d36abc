package org.openintl.gateway.limits;

import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Token buckets per client address for requests without a valid token (ADR 0462): nobody can make the gateway check
 * passwords, verify garbage tokens or render the feed as fast as the network allows. The console's pages have buckets
 * of their own, sized for an office whose staff all reach the gateway from one address (ADR 0591); what those pages
 * ask of the API is limited per signed-in user. Like {@link RateLimiter}, each gateway instance counts on its own.
 */
@Component
public class AnonymousRateLimiter {

    private final boolean enabled;
    private final AddressBuckets api;
    private final AddressBuckets console;

    AnonymousRateLimiter(LimitsProperties properties) {
        LimitsProperties.Anonymous rate = properties.anonymous();
        this.enabled = rate.enabled();
        this.api = new AddressBuckets(rate.requestsPerSecond(), rate.burst());
        this.console = new AddressBuckets(
                rate.console().requestsPerSecond(), rate.console().burst());
    }

    /** Takes one request from the client's bucket; empty when admitted, else how long until the next one would be. */
    public Optional<Duration> tryAcquire(String client) {
        return enabled ? api.tryAcquire(client) : Optional.empty();
    }

    /** The same for a request to one of the console's pages. */
    public Optional<Duration> tryAcquireConsole(String client) {
        return enabled ? console.tryAcquire(client) : Optional.empty();
    }
}

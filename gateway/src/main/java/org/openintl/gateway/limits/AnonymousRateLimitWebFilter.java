package org.openintl.gateway.limits;

import java.time.Duration;
import org.openintl.access.ProblemType;
import org.openintl.gateway.edge.ClientAddress;
import org.openintl.gateway.problem.ProblemWriter;
import org.openintl.gateway.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Limits requests that carry no {@code Authorization} header per client address, before anything else is done for
 * them (a login's password check included): 429 with {@code Retry-After}. Requests with a token are limited per
 * user once it verified ({@link RateLimitWebFilter}); a refused token counts here as well (the gateway's 401 handler).
 * The console's pages count in buckets of their own ({@link AnonymousRateLimiter}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class AnonymousRateLimitWebFilter implements WebFilter {

    private final AnonymousRateLimiter limiter;
    private final ConsolePaths consolePaths;
    private final ClientAddress clients;
    private final ProblemWriter writer;

    AnonymousRateLimitWebFilter(
            AnonymousRateLimiter limiter, ConsolePaths consolePaths, ClientAddress clients, ProblemWriter writer) {
        this.limiter = limiter;
        this.consolePaths = consolePaths;
        this.clients = clients;
        this.writer = writer;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
            return chain.filter(exchange);
        }
        String client = clients.of(exchange);
        boolean console = consolePaths.matches(exchange.getRequest().getPath().value());
        return (console ? limiter.tryAcquireConsole(client) : limiter.tryAcquire(client))
                .map(wait -> tooMany(exchange, writer, wait))
                .orElseGet(() -> chain.filter(exchange));
    }

    /** The 429 of this limit, also written by the 401 handler when a client sends refused tokens too fast. */
    public static Mono<Void> tooMany(ServerWebExchange exchange, ProblemWriter writer, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        String path = exchange.getRequest().getPath().value();
        ProblemDetail problem = Problems.problem(
                ProblemType.TOO_MANY_REQUESTS,
                "Too many requests without a valid token from this address; retry in " + seconds + " s",
                Problems.instance(path));
        problem.setProperty("retryAfterSeconds", seconds);
        return writer.write(exchange, problem, h -> h.set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds)));
    }
}

package org.openintl.gateway.limits;

import java.time.Duration;
import org.openintl.access.ProblemType;
import org.openintl.gateway.problem.ProblemWriter;
import org.openintl.gateway.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Limits authenticated callers, inside the security chain right after authentication (so it is no bean: as a bean it
 * would also run outside the chain, before anybody is known). A refused request gets a 429 and never reaches a
 * service.
 */
public final class RateLimitWebFilter implements WebFilter {

    private final RateLimiter limiter;
    private final ProblemWriter writer;

    public RateLimitWebFilter(RateLimiter limiter, ProblemWriter writer) {
        this.limiter = limiter;
        this.writer = writer;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .filter(Authentication::isAuthenticated)
                .mapNotNull(Authentication::getName)
                .flatMap(user -> limiter.tryAcquire(user)
                        .map(wait -> tooMany(exchange, user, wait))
                        .orElseGet(() -> Mono.just(true)))
                .defaultIfEmpty(true)
                .flatMap(admitted -> admitted ? chain.filter(exchange) : Mono.empty());
    }

    /** Writes the 429 and tells the caller to stop there. */
    private Mono<Boolean> tooMany(ServerWebExchange exchange, String user, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        String path = exchange.getRequest().getPath().value();
        ProblemDetail problem = Problems.problem(
                ProblemType.TOO_MANY_REQUESTS,
                "'" + user + "' sends more requests than allowed; retry in " + seconds + " s",
                Problems.instance(path));
        problem.setProperty("retryAfterSeconds", seconds);
        return writer.write(exchange, problem, h -> h.set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds)))
                .thenReturn(false);
    }
}

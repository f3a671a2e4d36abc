package org.openintl.gateway.edge;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Security headers on every response, set just before it is committed: proxied answers, the gateway's own, and
 * refusals written by filters (401, 403, 413, 429) alike. Spring Security's own header writer is switched off so
 * that there is one place that decides.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SecurityHeadersWebFilter implements WebFilter {

    /**
     * The API answers JSON only; the policy is for the one HTML page the gateway serves, Swagger UI, whose scripts and
     * styles are its own files and whose widgets use inline styles and data: images.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' "
            + "'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            headers.set("Cross-Origin-Opener-Policy", "same-origin");
            headers.set("X-Permitted-Cross-Domain-Policies", "none");
            if (!headers.containsHeader(HttpHeaders.CACHE_CONTROL)) {
                // answers carry personal data; a service that wants caching says so itself
                headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
            }
            if (secure(exchange)) {
                headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    /** HSTS only means something over TLS: directly, or at a proxy in front that says so. */
    private static boolean secure(ServerWebExchange exchange) {
        return "https".equalsIgnoreCase(exchange.getRequest().getURI().getScheme())
                || "https".equalsIgnoreCase(exchange.getRequest().getHeaders().getFirst("X-Forwarded-Proto"));
    }
}

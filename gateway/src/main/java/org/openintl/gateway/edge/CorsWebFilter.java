package org.openintl.gateway.edge;

import org.openintl.access.ProblemType;
import org.openintl.gateway.problem.ProblemWriter;
import org.openintl.gateway.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * CORS for the configured origins, ahead of authentication (a preflight carries no token). An allowed preflight is
 * answered here with 200; a cross-origin request from any other origin gets a 403 ProblemDetail instead of Spring's
 * empty 403. Same-origin requests and requests without {@code Origin} (curl, services) pass untouched.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 4)
class CorsWebFilter implements WebFilter {

    private final CorsConfiguration configuration = new CorsConfiguration();
    private final DefaultCorsProcessor processor = new DefaultCorsProcessor();
    private final ProblemWriter writer;

    CorsWebFilter(CorsProperties properties, ProblemWriter writer) {
        this.writer = writer;
        properties.allowedOrigins().forEach(configuration::addAllowedOriginPattern);
        configuration.setAllowedMethods(properties.allowedMethods());
        configuration.setAllowedHeaders(properties.allowedHeaders());
        configuration.setExposedHeaders(properties.exposedHeaders());
        configuration.setMaxAge(properties.maxAge());
        // bearer tokens, not cookies: credentials mode is never needed
        configuration.setAllowCredentials(false);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!CorsUtils.isCorsRequest(request)) {
            return chain.filter(exchange);
        }
        if (!processor.process(configuration, exchange)) {
            return refuse(exchange);
        }
        if (CorsUtils.isPreFlightRequest(request)) {
            exchange.getResponse().setStatusCode(HttpStatus.OK);
            return exchange.getResponse().setComplete();
        }
        return chain.filter(exchange);
    }

    private Mono<Void> refuse(ServerWebExchange exchange) {
        ServerHttpRequest request = exchange.getRequest();
        String origin = request.getHeaders().getOrigin();
        String path = request.getPath().value();
        String detail = CorsUtils.isPreFlightRequest(request)
                ? "Origin " + origin + " may not call " + path
                        + " (not in intl.cors.allowed-origins, or the method or headers are not allowed)"
                : "Origin " + origin + " may not call " + path + " (not in intl.cors.allowed-origins)";
        ProblemDetail problem = Problems.problem(ProblemType.FORBIDDEN, detail, Problems.instance(path));
        return writer.write(exchange, problem);
    }
}

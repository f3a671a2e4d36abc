package org.openintl.gateway.limits;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.openintl.access.ProblemType;
import org.openintl.gateway.problem.ProblemWriter;
import org.openintl.gateway.problem.Problems;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies above the route's limit with a 413. A declared {@code Content-Length} is judged before
 * anything is read or forwarded. A chunked body has no length up front: it is counted while it streams through and
 * cut off with {@link PayloadTooLargeException} as soon as it passes the limit, so the gateway never holds more than
 * one chunk of it and a service never receives a complete oversized body.
 */
@Component
@Order(-50) // after the security chain (-100): an anonymous caller learns nothing but 401
class BodyLimitWebFilter implements WebFilter {

    private final ProblemWriter writer;
    private final long defaultLimit;
    private final List<RouteLimit> routeLimits;

    BodyLimitWebFilter(LimitsProperties properties, ProblemWriter writer) {
        this.writer = writer;
        this.defaultLimit = properties.body().maxSize().toBytes();
        this.routeLimits = properties.body().routes().stream()
                .map(route -> new RouteLimit(
                        route.paths().stream()
                                .map(PathPatternParser.defaultInstance::parse)
                                .toList(),
                        route.maxSize().toBytes()))
                .toList();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long limit = limitFor(request.getPath().pathWithinApplication());
        long declared = request.getHeaders().getContentLength();
        if (declared > limit) {
            return tooLarge(exchange, limit);
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        return chain.filter(
                exchange.mutate().request(new Counted(request, limit)).build());
    }

    long limitFor(PathContainer path) {
        return routeLimits.stream()
                .filter(route -> route.patterns().stream().anyMatch(p -> p.matches(path)))
                .mapToLong(RouteLimit::limit)
                .findFirst()
                .orElse(defaultLimit);
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange, long limit) {
        String path = exchange.getRequest().getPath().value();
        ProblemDetail problem = Problems.problem(
                ProblemType.PAYLOAD_TOO_LARGE,
                "The request body is larger than " + describe(limit) + ", the limit for " + path,
                Problems.instance(path));
        problem.setProperty("limitBytes", limit);
        return writer.write(exchange, problem);
    }

    static String describe(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }

    private record RouteLimit(List<PathPattern> patterns, long limit) {}

    /** The request with a body that fails once more than {@code limit} bytes went through. */
    private static final class Counted extends ServerHttpRequestDecorator {

        private final long limit;

        Counted(ServerHttpRequest delegate, long limit) {
            super(delegate);
            this.limit = limit;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong seen = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (seen.addAndGet(buffer.readableByteCount()) > limit) {
                    DataBufferUtils.release(buffer);
                    sink.error(new PayloadTooLargeException(limit));
                } else {
                    sink.next(buffer);
                }
            });
        }
    }
}

package org.openintl.gateway.edge;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;

import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.openintl.gateway.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * One line per request on logger {@code org.openintl.gateway.access}: who, what, which route, the status and how long
 * until the answer started. Written when the response is committed, so that answers of the error handler (which runs
 * outside the filter chain) are logged with their real status. The query string is left out: it can hold names.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class AccessLogWebFilter implements WebFilter {

    static final Logger ACCESS = LoggerFactory.getLogger("org.openintl.gateway.access");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long started = System.nanoTime();
        AtomicBoolean logged = new AtomicBoolean();
        exchange.getResponse().beforeCommit(() -> {
            if (logged.compareAndSet(false, true)) {
                log(exchange, started, exchange.getResponse().getStatusCode());
            }
            return Mono.empty();
        });
        return chain.filter(exchange).doOnCancel(() -> {
            if (logged.compareAndSet(false, true)) {
                log(exchange, started, null);
            }
        });
    }

    private static void log(ServerWebExchange exchange, long started, @Nullable HttpStatusCode status) {
        if (!ACCESS.isInfoEnabled()) {
            return;
        }
        ServerHttpRequest request = exchange.getRequest();
        Route route = exchange.getAttribute(GATEWAY_ROUTE_ATTR);
        String user = Caller.of(exchange);
        InetSocketAddress remote = request.getRemoteAddress();
        ACCESS.info(
                "user={} method={} path={} route={} status={} time_ms={} request_id={} client={}",
                user != null ? LogText.escape(user) : "-",
                request.getMethod().name(),
                request.getPath().value(),
                route != null ? route.getId() : "gateway",
                status != null ? status.value() : "cancelled",
                (System.nanoTime() - started) / 1_000_000,
                LogText.escape(request.getHeaders().getFirst("X-Request-Id")),
                remote != null && remote.getAddress() != null
                        ? remote.getAddress().getHostAddress()
                        : "-");
    }
}

package org.openintl.gateway.edge;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * W3C trace context: the caller's {@code traceparent} is continued with the gateway as a new span (or a trace is
 * started), passed to the service with {@code tracestate}, and the value the service got is echoed to the caller,
 * replacing the service's own echo so that the response carries exactly one. The services put it on the events the
 * request causes (platform {@code tracing}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class TraceparentWebFilter implements WebFilter {

    static final String TRACEPARENT = "traceparent";
    static final String TRACESTATE = "tracestate";

    private static final Pattern FORMAT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final String ZERO_TRACE = "0".repeat(32);
    private static final String ZERO_SPAN = "0".repeat(16);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String given = exchange.getRequest().getHeaders().getFirst(TRACEPARENT);
        Matcher m = given == null ? null : FORMAT.matcher(given.strip());
        boolean valid = m != null
                && m.matches()
                && !m.group(1).equals(ZERO_TRACE)
                && !m.group(2).equals(ZERO_SPAN);
        String traceparent = valid
                ? "00-" + m.group(1) + "-" + randomHex(8) + "-" + m.group(3)
                : "00-" + randomHex(16) + "-" + randomHex(8) + "-01";
        ServerWebExchange traced = exchange.mutate()
                .request(request -> request.headers(headers -> {
                    headers.set(TRACEPARENT, traceparent);
                    if (!valid) {
                        // a tracestate belongs to the trace it came with; a restarted trace must not carry it
                        headers.remove(TRACESTATE);
                    }
                }))
                .build();
        traced.getResponse().beforeCommit(() -> {
            traced.getResponse().getHeaders().set(TRACEPARENT, traceparent);
            return Mono.empty();
        });
        return chain.filter(traced);
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HEX.formatHex(b);
    }
}

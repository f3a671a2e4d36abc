package org.openintl.gateway.overview;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
class OverviewController {

    /**
     * The caller's identity must reach the services (they check the token themselves), and the request and trace ids
     * keep the four calls findable in their logs.
     */
    private static final List<String> FORWARDED_HEADERS =
            List.of(HttpHeaders.AUTHORIZATION, "X-Request-Id", "traceparent", "tracestate");

    private final StatsClient stats;

    OverviewController(StatsClient stats) {
        this.stats = stats;
    }

    @GetMapping(path = "/api/overview", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<Overview> overview(ServerHttpRequest request) {
        HttpHeaders forwarded = forwardedHeaders(request.getHeaders());
        // flatMap subscribes to the four calls at once, so the overview takes as long as the slowest, not the sum.
        return Flux.fromArray(Part.values())
                .flatMap(part -> stats.fetch(part, forwarded).map(node -> Map.entry(part, node)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue, () -> new EnumMap<>(Part.class))
                .map(Overview::of);
    }

    private static HttpHeaders forwardedHeaders(HttpHeaders incoming) {
        HttpHeaders forwarded = new HttpHeaders();
        for (String name : FORWARDED_HEADERS) {
            List<String> values = incoming.get(name);
            if (values != null) {
                forwarded.addAll(name, values);
            }
        }
        return forwarded;
    }
}

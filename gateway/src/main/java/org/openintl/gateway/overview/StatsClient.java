package org.openintl.gateway.overview;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.loadbalancer.reactive.ReactorLoadBalancerExchangeFilterFunction;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** Fetches one service's {@code stats}; a failure or a late answer completes empty, never with an error. */
@Component
class StatsClient {

    private static final Logger log = LoggerFactory.getLogger(StatsClient.class);

    private final WebClient webClient;
    private final OverviewProperties properties;

    /** Through the load balancer: {@code http://<service>/...} goes to one of the service's instances, as routes do. */
    StatsClient(
            WebClient.Builder webClientBuilder,
            ReactorLoadBalancerExchangeFilterFunction loadBalancer,
            OverviewProperties properties) {
        this.webClient = webClientBuilder.clone().filter(loadBalancer).build();
        this.properties = properties;
    }

    Mono<JsonNode> fetch(Part part, HttpHeaders forwarded) {
        URI uri = UriComponentsBuilder.newInstance()
                .scheme("http")
                .host(part.backend().serviceId())
                .path(part.statsPath())
                .build()
                .toUri();
        return webClient
                .get()
                .uri(uri)
                .headers(headers -> headers.addAll(forwarded))
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .bodyToMono(JsonNode.class)
                .timeout(properties.timeout())
                .onErrorResume(error -> {
                    log.warn(
                            "overview: {} stats unavailable: {}", part.backend().serviceId(), error.toString());
                    return Mono.empty();
                });
    }
}

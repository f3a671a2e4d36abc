package org.openintl.gateway.overview;

import java.net.URI;
import org.openintl.gateway.routing.ServicesProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private final ServicesProperties services;
    private final OverviewProperties properties;

    StatsClient(WebClient.Builder webClientBuilder, ServicesProperties services, OverviewProperties properties) {
        this.webClient = webClientBuilder.build();
        this.services = services;
        this.properties = properties;
    }

    Mono<JsonNode> fetch(Part part, HttpHeaders forwarded) {
        URI uri = UriComponentsBuilder.fromUri(services.uriOf(part.backend()))
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

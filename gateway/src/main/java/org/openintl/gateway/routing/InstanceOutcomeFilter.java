package org.openintl.gateway.routing;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.Response;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ReactiveLoadBalancerClientFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Tells the chosen instance's breaker how the call went, right after the load balancer chose it. Like the route's
 * breaker it counts failures to get an answer (refused, reset, timed out), not the service's own 4xx/5xx answers.
 */
@Component
class InstanceOutcomeFilter implements GlobalFilter, Ordered {

    private final InstanceBreakers breakers;

    InstanceOutcomeFilter(InstanceBreakers breakers) {
        this.breakers = breakers;
    }

    @Override
    public int getOrder() {
        return ReactiveLoadBalancerClientFilter.LOAD_BALANCER_CLIENT_FILTER_ORDER + 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Response<ServiceInstance> chosen =
                exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_LOADBALANCER_RESPONSE_ATTR);
        if (chosen == null || !chosen.hasServer()) {
            return chain.filter(exchange);
        }
        CircuitBreaker breaker = breakers.of(chosen.getServer());
        return Mono.defer(() -> {
            long start = breaker.getCurrentTimestamp();
            return chain.filter(exchange)
                    .doOnSuccess(done ->
                            breaker.onSuccess(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit()))
                    .doOnError(error ->
                            breaker.onError(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit(), error));
        });
    }
}

package org.openintl.gateway.routing;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.stereotype.Component;

/**
 * A circuit breaker per instance of a service, named {@code <service>@<host>:<port>} (e.g.
 * {@code partnership-service@127.0.0.1:8081}), with the {@code default} configuration of application.yml. The route's
 * breaker, named after the service, opens only when the whole service fails; this one takes a single dead instance
 * out of the load balancer's choice ({@link LeaveOutOpenInstances}) while its siblings keep serving (ADR 0580).
 */
@Component
public class InstanceBreakers {

    private final CircuitBreakerRegistry registry;

    InstanceBreakers(CircuitBreakerRegistry registry) {
        this.registry = registry;
    }

    public CircuitBreaker of(ServiceInstance instance) {
        return registry.circuitBreaker(name(instance));
    }

    /** Whether the load balancer may choose the instance: its breaker is not open. */
    public boolean admits(ServiceInstance instance) {
        CircuitBreaker.State state = of(instance).getState();
        return state != CircuitBreaker.State.OPEN && state != CircuitBreaker.State.FORCED_OPEN;
    }

    public static String name(ServiceInstance instance) {
        return instance.getServiceId() + "@" + instance.getHost() + ":" + instance.getPort();
    }
}

package org.openintl.gateway.routing;

import java.util.List;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.DelegatingServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import reactor.core.publisher.Flux;

/**
 * The instances the load balancer chooses from, less those whose {@link InstanceBreakers breaker} is open. When every
 * instance's breaker is open all are offered: the route's own breaker (per service) then decides, as with one instance.
 */
final class LeaveOutOpenInstances extends DelegatingServiceInstanceListSupplier {

    private final InstanceBreakers breakers;

    LeaveOutOpenInstances(ServiceInstanceListSupplier delegate, InstanceBreakers breakers) {
        super(delegate);
        this.breakers = breakers;
    }

    @Override
    public Flux<List<ServiceInstance>> get() {
        return getDelegate().get().map(this::admitted);
    }

    private List<ServiceInstance> admitted(List<ServiceInstance> instances) {
        List<ServiceInstance> admitted =
                instances.stream().filter(breakers::admits).toList();
        return admitted.isEmpty() ? instances : admitted;
    }
}

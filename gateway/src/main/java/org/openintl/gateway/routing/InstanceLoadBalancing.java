package org.openintl.gateway.routing;

import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The load balancer's configuration for every service (its own small context per service, see
 * {@link LoadBalancingConfiguration}): the instances of the static list (SimpleDiscoveryClient,
 * {@code spring.cloud.discovery.client.simple.instances.<service>[i].uri}), cached, less those whose breaker is open.
 * Deliberately not a {@code @Configuration}: component scanning must not put it into the gateway's own context.
 */
class InstanceLoadBalancing {

    @Bean
    ServiceInstanceListSupplier instanceListSupplier(ConfigurableApplicationContext context) {
        InstanceBreakers breakers = context.getBean(InstanceBreakers.class);
        return ServiceInstanceListSupplier.builder()
                .withDiscoveryClient()
                .withCaching()
                .with((ctx, delegate) -> new LeaveOutOpenInstances(delegate, breakers))
                .build(context);
    }
}

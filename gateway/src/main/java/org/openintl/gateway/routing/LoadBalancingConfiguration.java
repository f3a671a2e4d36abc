package org.openintl.gateway.routing;

import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.context.annotation.Configuration;

/** Every {@code lb://} route and the overview's calls choose an instance the way {@link InstanceLoadBalancing} says. */
@Configuration(proxyBeanMethods = false)
@LoadBalancerClients(defaultConfiguration = InstanceLoadBalancing.class)
class LoadBalancingConfiguration {}

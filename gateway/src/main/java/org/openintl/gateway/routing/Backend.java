package org.openintl.gateway.routing;

import java.util.Arrays;
import java.util.Optional;

/**
 * A service the gateway routes to. Its {@link #serviceId()} is also the route id and the circuit breaker name in
 * application.yml, so metrics, fallbacks and logs all speak of a service by the same name. (One exception: the import
 * upload route, {@code student-service-imports}, has a breaker of that name for its long timeout; its fallback still
 * names student-service.)
 */
public enum Backend {
    PARTNERSHIP("partnership-service"),
    STUDENT("student-service"),
    NEWS("news-service"),
    FACULTY("faculty-service");

    private final String serviceId;

    Backend(String serviceId) {
        this.serviceId = serviceId;
    }

    public String serviceId() {
        return serviceId;
    }

    public static Optional<Backend> byServiceId(String serviceId) {
        return Arrays.stream(values())
                .filter(backend -> backend.serviceId.equals(serviceId))
                .findFirst();
    }
}

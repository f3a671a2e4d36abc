package org.openintl.gateway.limits;

import java.util.List;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.handler.predicate.PredicateDefinition;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The paths the route {@code console} sends to the web console, read from that route's {@code Path} predicate so that
 * they are written once (application.yml). Rate limits run before routing, hence this copy of the route's decision.
 */
@Component
class ConsolePaths {

    static final String ROUTE_ID = "console";

    private final List<PathPattern> patterns;

    ConsolePaths(GatewayProperties gateway) {
        this.patterns = gateway.getRoutes().stream()
                .filter(route -> ROUTE_ID.equals(route.getId()))
                .flatMap(route -> route.getPredicates().stream())
                .filter(predicate -> "Path".equals(predicate.getName()))
                .map(PredicateDefinition::getArgs)
                .flatMap(args -> args.values().stream())
                .map(PathPatternParser.defaultInstance::parse)
                .toList();
    }

    boolean matches(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return patterns.stream().anyMatch(pattern -> pattern.matches(container));
    }
}

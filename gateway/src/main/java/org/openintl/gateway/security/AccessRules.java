package org.openintl.gateway.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which roles may make a request: reads ({@code GET}, {@code HEAD}, {@code OPTIONS}) need one of the area's read
 * roles, other methods one of its write roles. Paths in no area (nothing is routed there, they end in 404) are open to
 * every role, so that a caller with a valid token learns that a path does not exist rather than a 403.
 */
public final class AccessRules {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final List<Area> areas;

    public AccessRules(List<AccessRule> rules) {
        this.areas = rules.stream()
                .map(rule -> new Area(
                        rule.paths().stream()
                                .map(PathPatternParser.defaultInstance::parse)
                                .toList(),
                        rule))
                .toList();
    }

    public Set<Role> allowed(String method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        for (Area area : areas) {
            if (area.patterns().stream().anyMatch(p -> p.matches(container))) {
                return READ_METHODS.contains(method)
                        ? area.rule().readRoles()
                        : area.rule().writeRoles();
            }
        }
        return Set.of(Role.values());
    }

    public boolean permits(String method, String path, Set<Role> held) {
        return allowed(method, path).stream().anyMatch(held::contains);
    }

    /** Role names in the enum's order, so that messages are stable. */
    public static String describe(Set<Role> roles) {
        return roles.isEmpty()
                ? "none"
                : EnumSet.copyOf(roles).stream().map(Role::name).collect(Collectors.joining(", "));
    }

    private record Area(List<PathPattern> patterns, AccessRule rule) {}
}

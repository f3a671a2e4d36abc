package org.openintl.platform.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Decides which roles may make a request: reads ({@code GET}, {@code HEAD}, {@code OPTIONS}) need one of the area's
 * read roles, anything else one of its write roles. A path in no area is for ADMIN only, so that an endpoint a
 * service adds outside the documented areas (an admin replay, say) is closed until someone opens it on purpose.
 */
public final class AccessRules {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<Role> OUTSIDE_ANY_AREA = Set.of(Role.ADMIN);

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

    /** The roles of which the caller needs at least one. */
    public Set<Role> allowed(String method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        for (Area area : areas) {
            if (area.patterns().stream().anyMatch(p -> p.matches(container))) {
                return READ_METHODS.contains(method)
                        ? area.rule().readRoles()
                        : area.rule().writeRoles();
            }
        }
        return OUTSIDE_ANY_AREA;
    }

    public boolean permits(String method, String path, Set<Role> held) {
        return allowed(method, path).stream().anyMatch(held::contains);
    }

    /** "one of the roles ADMIN, NEWS_EDITOR", in the enum's order so that messages are stable. */
    public static String describe(Set<Role> roles) {
        return EnumSet.copyOf(roles).stream().map(Role::name).collect(Collectors.joining(", "));
    }

    private record Area(List<PathPattern> patterns, AccessRule rule) {}
}

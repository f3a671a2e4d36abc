package org.openintl.access;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which roles may make a request: reads ({@code GET}, {@code HEAD}, {@code OPTIONS}) need one of the area's read
 * roles, anything else one of its write roles. A path in no area is for ADMIN only, at the gateway and in every
 * service alike: an endpoint added outside the documented areas (an admin replay, say) is closed until someone opens
 * it on purpose, and the gateway does not tell a VIEWER more about unknown paths than a service would.
 */
public final class AccessRules {

    /** What a path in no area needs. */
    public static final Set<Role> OUTSIDE_ANY_AREA = Set.of(Role.ADMIN);

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final List<Area> areas;

    public AccessRules(List<AccessRule> rules) {
        this.areas = rules.stream()
                .map(rule ->
                        new Area(rule.paths().stream().map(PathPattern::parse).toList(), rule))
                .toList();
    }

    /** The rules of {@link AccessRule#defaults()}. */
    public static AccessRules defaults() {
        return new AccessRules(AccessRule.defaults());
    }

    /** The roles of which the caller needs at least one; the first area whose pattern matches decides. */
    public Set<Role> allowed(String method, String path) {
        for (Area area : areas) {
            if (area.patterns().stream().anyMatch(p -> p.matches(path))) {
                return READ_METHODS.contains(method)
                        ? area.rule().readRoles()
                        : area.rule().writeRoles();
            }
        }
        return OUTSIDE_ANY_AREA;
    }

    /** Whether a caller holding {@code held} may make this request; no role at all is never enough. */
    public boolean permits(String method, String path, Set<Role> held) {
        return allowed(method, path).stream().anyMatch(held::contains);
    }

    /** "ADMIN, NEWS_EDITOR": role names in the enum's order, so that messages are stable; "none" for no role. */
    public static String describe(Set<Role> roles) {
        return roles.isEmpty()
                ? "none"
                : EnumSet.copyOf(roles).stream().map(Role::name).collect(Collectors.joining(", "));
    }

    private record Area(List<PathPattern> patterns, AccessRule rule) {}
}

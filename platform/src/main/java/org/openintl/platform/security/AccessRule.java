package org.openintl.platform.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One area of the API ({@code intl.security.rules[n]}): the path patterns it covers, the roles that may write there
 * (ADMIN always may) and the roles that may read (every role unless narrowed).
 */
public record AccessRule(List<String> paths, Set<Role> writeRoles, Set<Role> readRoles) {

    public AccessRule {
        if (paths == null || paths.isEmpty()) {
            throw new IllegalArgumentException("intl.security.rules[].paths must name at least one path pattern");
        }
        paths = List.copyOf(paths);
        writeRoles = withAdmin(writeRoles == null ? Set.of() : writeRoles);
        readRoles = readRoles == null || readRoles.isEmpty() ? Set.of(Role.values()) : withAdmin(readRoles);
    }

    private static Set<Role> withAdmin(Set<Role> roles) {
        EnumSet<Role> all = EnumSet.of(Role.ADMIN);
        all.addAll(roles);
        return Set.copyOf(all);
    }

    /** The areas of DESIGN.md section 2, written by their domain's role. */
    public static List<AccessRule> defaults() {
        return List.of(
                new AccessRule(
                        List.of("/api/partners/**", "/api/partnerships/**"), Set.of(Role.PARTNERSHIP_OFFICER), null),
                new AccessRule(List.of("/api/students/**"), Set.of(Role.STUDENT_COUNSELOR), null),
                new AccessRule(List.of("/api/news/**"), Set.of(Role.NEWS_EDITOR), null));
    }
}

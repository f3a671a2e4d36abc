package org.openintl.access;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One area of the API ({@code intl.security.rules[n]}): its path patterns (see {@link PathPattern}), the roles that
 * may write there (ADMIN always may) and the roles that may read (every role unless narrowed). A role list left out
 * of the configuration binds as {@code null} and takes that default.
 */
public record AccessRule(List<String> paths, Set<Role> writeRoles, Set<Role> readRoles) {

    public AccessRule(List<String> paths, @Nullable Set<Role> writeRoles, @Nullable Set<Role> readRoles) {
        if (paths == null || paths.isEmpty()) {
            throw new IllegalArgumentException("intl.security.rules[].paths must name at least one path pattern");
        }
        paths.forEach(PathPattern::parse);
        this.paths = List.copyOf(paths);
        this.writeRoles = withAdmin(writeRoles == null ? Set.of() : writeRoles);
        this.readRoles = readRoles == null || readRoles.isEmpty() ? Set.of(Role.values()) : withAdmin(readRoles);
    }

    private static Set<Role> withAdmin(Set<Role> roles) {
        EnumSet<Role> all = EnumSet.of(Role.ADMIN);
        all.addAll(roles);
        return Set.copyOf(all);
    }

    /**
     * The areas of the API, each written by its domain's role; the gateway's own overview is read by every role and
     * written by nobody but ADMIN. The gateway and every service use these unless {@code intl.security.rules} is set.
     */
    public static List<AccessRule> defaults() {
        return List.of(
                new AccessRule(
                        List.of("/api/partners/**", "/api/partnerships/**"), Set.of(Role.PARTNERSHIP_OFFICER), null),
                new AccessRule(List.of("/api/students/**"), Set.of(Role.STUDENT_COUNSELOR), null),
                new AccessRule(List.of("/api/news/**"), Set.of(Role.NEWS_EDITOR), null),
                new AccessRule(
                        List.of("/api/experts/**", "/api/talent/**", "/api/staff-trips/**", "/api/faculty/**"),
                        Set.of(Role.FACULTY_OFFICER),
                        null),
                new AccessRule(List.of("/api/overview"), Set.of(), null));
    }
}

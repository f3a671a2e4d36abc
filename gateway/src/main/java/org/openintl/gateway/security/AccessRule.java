package org.openintl.gateway.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One area of the API ({@code intl.security.rules[n]}): its path patterns, the roles that may write there (ADMIN
 * always may) and those that may read (every role unless narrowed); a role list left out of the
 * configuration binds as {@code null} and takes that default. The services have the same rules
 * ({@code platform/.../security/AccessRule.java}).
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
}

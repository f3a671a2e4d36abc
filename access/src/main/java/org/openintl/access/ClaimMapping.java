package org.openintl.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a verified token's claims become a caller (ADR 0302): the roles from {@code rolesClaim} (a dotted path reaches
 * into objects, {@code realm_access.roles}; a JSON array or a space-separated string) and the user name from
 * {@code usernameClaim}, falling back to {@code sub}. Role names we don't know (an identity provider's own default
 * roles) are left out rather than refused.
 */
public record ClaimMapping(String rolesClaim, String usernameClaim) {

    public static final String DEFAULT_ROLES_CLAIM = "roles";
    public static final String DEFAULT_USERNAME_CLAIM = "preferred_username";

    public ClaimMapping {
        if (rolesClaim == null || rolesClaim.isBlank()) {
            throw new IllegalArgumentException("intl.security.jwt.roles-claim must name a claim");
        }
        if (usernameClaim == null || usernameClaim.isBlank()) {
            throw new IllegalArgumentException("intl.security.jwt.username-claim must name a claim");
        }
    }

    public static ClaimMapping defaults() {
        return new ClaimMapping(DEFAULT_ROLES_CLAIM, DEFAULT_USERNAME_CLAIM);
    }

    /** The known roles in the claims; a missing or oddly typed claim means no roles. */
    public Set<Role> roles(Map<String, Object> claims) {
        Object value = claims;
        for (String part : rolesClaim.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return Set.of();
            }
            value = map.get(part);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (value instanceof Collection<?> names) {
            names.forEach(n -> Role.parse(String.valueOf(n)).ifPresent(roles::add));
        } else if (value instanceof String names) {
            // some providers put space-separated values in one string, as with "scope"
            for (String n : names.split(" ")) {
                Role.parse(n).ifPresent(roles::add);
            }
        }
        return roles;
    }

    /** The user name; {@code sub} when the username claim is absent or not a string. */
    public @Nullable String username(Map<String, Object> claims) {
        Object name = claims.get(usernameClaim);
        if (name instanceof String s && !s.isBlank()) {
            return s;
        }
        Object subject = claims.get("sub");
        return subject instanceof String s ? s : null;
    }
}

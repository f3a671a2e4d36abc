package org.openintl.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a verified token into the caller: the user name from {@code username-claim} (else {@code sub}) and one
 * authority per known role in {@code roles-claim}. Role names we don't know (an identity provider's own default
 * roles, say) are left out rather than refused.
 */
public final class TokenAuthentication implements Converter<Jwt, AbstractAuthenticationToken> {

    private final String rolesClaim;
    private final String usernameClaim;

    public TokenAuthentication(String rolesClaim, String usernameClaim) {
        this.rolesClaim = rolesClaim;
        this.usernameClaim = usernameClaim;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        List<GrantedAuthority> authorities = roles(jwt.getClaims(), rolesClaim).stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
        String name = jwt.getClaimAsString(usernameClaim);
        return new JwtAuthenticationToken(jwt, authorities, name != null ? name : jwt.getSubject());
    }

    /** The known roles found at a (dotted) claim path; a missing or oddly typed claim means no roles. */
    public static Set<Role> roles(Map<String, Object> claims, String claimPath) {
        Object value = claims;
        for (String part : claimPath.split("\\.")) {
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
}

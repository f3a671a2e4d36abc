package org.openintl.gateway.security;

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
import reactor.core.publisher.Mono;

/**
 * A verified token as a caller: the user name from the username claim (else {@code sub}) and one authority per known
 * role in the roles claim; other role names (an identity provider's defaults) are ignored.
 */
final class TokenAuthentication implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    private final String rolesClaim;
    private final String usernameClaim;

    TokenAuthentication(SecurityProperties.Jwt jwt) {
        this.rolesClaim = jwt.rolesClaim();
        this.usernameClaim = jwt.usernameClaim();
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        List<GrantedAuthority> authorities = roles(jwt.getClaims(), rolesClaim).stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
        String name = jwt.getClaimAsString(usernameClaim);
        return Mono.just(new JwtAuthenticationToken(jwt, authorities, name != null ? name : jwt.getSubject()));
    }

    static Set<Role> roles(Map<String, Object> claims, String claimPath) {
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
            for (String n : names.split(" ")) {
                Role.parse(n).ifPresent(roles::add);
            }
        }
        return roles;
    }

    /** The known roles an authentication carries. */
    static Set<Role> held(Collection<? extends GrantedAuthority> authorities) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        authorities.forEach(a -> {
            if (a.getAuthority() != null) {
                Role.parse(a.getAuthority()).ifPresent(roles::add);
            }
        });
        return roles;
    }
}

package org.openintl.gateway.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.openintl.access.ClaimMapping;
import org.openintl.access.Role;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

/**
 * A verified token as a caller, as {@link ClaimMapping} reads it (the services read it the same way): the user name
 * and one authority per known role.
 */
final class TokenAuthentication implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    private final ClaimMapping claims;

    TokenAuthentication(ClaimMapping claims) {
        this.claims = claims;
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        List<GrantedAuthority> authorities = claims.roles(jwt.getClaims()).stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
        String name = claims.username(jwt.getClaims());
        return Mono.just(new JwtAuthenticationToken(jwt, authorities, name != null ? name : ""));
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

package org.openintl.platform.security;

import java.util.List;
import org.openintl.access.ClaimMapping;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a verified token into the caller, as {@link ClaimMapping} reads it (the gateway reads it the same way): the
 * user name and one authority per known role.
 */
public final class TokenAuthentication implements Converter<Jwt, AbstractAuthenticationToken> {

    private final ClaimMapping claims;

    public TokenAuthentication(ClaimMapping claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        List<GrantedAuthority> authorities = claims.roles(jwt.getClaims()).stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
        String name = claims.username(jwt.getClaims());
        return new JwtAuthenticationToken(jwt, authorities, name != null ? name : "");
    }
}

package org.openintl.console.signin;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openintl.access.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the console reads from an access token: its user, roles and expiry, to decide which buttons to show. The
 * console does not verify the signature: it got the token from the issuer itself over its own connection, and the
 * gateway and the services verify every call anyway (the API stays the enforcement).
 */
public record TokenClaims(String user, Set<String> roles, Instant expiresAt) {

    public static TokenClaims of(String token, JsonMapper json) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a JWT");
        }
        Map<String, Object> claims = json.readValue(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8),
                new TypeReference<Map<String, Object>>() {});
        Set<String> roles = new LinkedHashSet<>();
        if (claims.get("roles") instanceof List<?> list) {
            // the API's roles only (org.openintl.access.Role): other values of the claim mean nothing here
            list.stream()
                    .map(String::valueOf)
                    .map(Role::parse)
                    .flatMap(Optional::stream)
                    .map(Role::name)
                    .forEach(roles::add);
        }
        Object name = claims.getOrDefault("preferred_username", claims.get("sub"));
        Instant exp = claims.get("exp") instanceof Number n ? Instant.ofEpochSecond(n.longValue()) : Instant.EPOCH;
        return new TokenClaims(String.valueOf(name), Set.copyOf(roles), exp);
    }

    public List<GrantedAuthority> authorities() {
        return roles.stream()
                .<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                .toList();
    }
}

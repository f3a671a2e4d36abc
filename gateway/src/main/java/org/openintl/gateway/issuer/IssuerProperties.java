package org.openintl.gateway.issuer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.openintl.access.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code intl.issuer.*}.
 *
 * @param enabled whether the gateway issues tokens itself (docker-compose turns it off: Keycloak issues them there)
 * @param dataDir where the signing key ({@code jwk.json}) and a generated admin password ({@code admin-password})
 *     are kept, so that tokens and the password survive restarts
 * @param tokenTtl how long an issued token is valid
 * @param adminPassword the {@code admin} user's password; from {@code INTL_ADMIN_PASSWORD}. Empty: generated on the
 *     first start, stored in {@code <data-dir>/admin-password} and logged once
 * @param users further users, each with a BCrypt hash of the password
 * @param loginThrottle how failed logins are slowed down
 */
@ConfigurationProperties("intl.issuer")
public record IssuerProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("./data/gateway") Path dataDir,
        @DefaultValue("1h") Duration tokenTtl,
        String adminPassword,
        List<User> users,
        @DefaultValue LoginThrottle loginThrottle) {

    public IssuerProperties {
        users = users == null ? List.of() : List.copyOf(users);
        if (tokenTtl.isNegative() || tokenTtl.isZero()) {
            throw new IllegalArgumentException("intl.issuer.token-ttl must be positive, was " + tokenTtl);
        }
    }

    /** A configured user; {@code password-hash} as {@code htpasswd -nbBC 12 "" secret | cut -c2-} prints it. */
    public record User(String username, String passwordHash, Set<Role> roles) {}

    /**
     * Failed logins per user name and client address ({@code max-failures} per {@code window}), and per client
     * address over all user names ({@code max-failures-per-client}); past that, logins are refused with 429 until the
     * window has let some failures go.
     */
    public record LoginThrottle(
            @DefaultValue("5") int maxFailures,
            @DefaultValue("20") int maxFailuresPerClient,
            @DefaultValue("1m") Duration window) {}
}

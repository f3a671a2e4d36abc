package org.openintl.gateway.security;

import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openintl.access.AccessRule;
import org.openintl.access.ClaimMapping;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code intl.security.*}: whose tokens the gateway trusts and who may write where. The services read the same keys
 * (docs/security.md), so one set of environment variables configures the whole system.
 *
 * @param jwt how tokens are verified
 * @param rules the API's areas; empty means {@link AccessRule#defaults()}, the services' rules too
 * @param openPaths reachable without a token
 */
@ConfigurationProperties("intl.security")
public record SecurityProperties(@DefaultValue Jwt jwt, List<AccessRule> rules, List<String> openPaths) {

    public SecurityProperties {
        rules = rules == null || rules.isEmpty() ? AccessRule.defaults() : List.copyOf(rules);
        openPaths = openPaths == null ? List.of() : List.copyOf(openPaths);
    }

    /**
     * @param issuer the {@code iss} of every token: the local issuer stamps it, and every verifier insists on it
     * @param jwkSetUri where the identity provider publishes its keys; only read when the local issuer is off
     * @param rolesClaim the claim with the role names; a dotted path reaches into objects
     * @param usernameClaim the claim naming the user; {@code sub} when absent from a token
     * @param audience a value every token's {@code aud} must contain; the local issuer stamps it
     */
    public record Jwt(
            @DefaultValue("http://localhost:8080") String issuer,
            @Nullable URI jwkSetUri,
            @DefaultValue("roles") String rolesClaim,
            @DefaultValue("preferred_username") String usernameClaim,
            @DefaultValue("intl-api") String audience) {

        public ClaimMapping claimMapping() {
            return new ClaimMapping(rolesClaim, usernameClaim);
        }
    }
}

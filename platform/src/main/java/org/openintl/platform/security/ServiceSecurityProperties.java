package org.openintl.platform.security;

import java.net.URI;
import java.util.List;
import org.openintl.access.AccessRule;
import org.openintl.access.ClaimMapping;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * {@code intl.security.*}: whose tokens a service trusts and who may write where.
 *
 * @param jwt how tokens are verified
 * @param rules the API's areas; empty means {@link AccessRule#defaults()}
 * @param openPaths reachable without a token: the probes and metrics, which exist only on the management port
 *     (ADR 0461); on the API port nothing serves these paths
 */
@ConfigurationProperties("intl.security")
public record ServiceSecurityProperties(
        @DefaultValue Jwt jwt,
        List<AccessRule> rules,

        @DefaultValue({
            "/actuator/health",
            "/actuator/health/**",
            "/actuator/info",
            "/actuator/prometheus",
            "/actuator/openapi",
            "/actuator/openapi/**",
            "/error"
        })
        List<String> openPaths) {

    public ServiceSecurityProperties {
        rules = rules == null || rules.isEmpty() ? AccessRule.defaults() : List.copyOf(rules);
        openPaths = List.copyOf(openPaths);
    }

    /**
     * @param issuer the {@code iss} every token must carry (the gateway's local issuer, or the identity provider's
     *     realm URL)
     * @param jwkSetUri where the signing keys are published
     * @param publicKeyLocation a PEM public key ({@code file:...}, {@code classpath:...}); when set it is used instead
     *     of {@code jwk-set-uri} (tests, air-gapped installations)
     * @param rolesClaim the claim with the role names; a dotted path reaches into objects ({@code realm_access.roles})
     * @param usernameClaim the claim naming the user; {@code sub} when absent from a token
     * @param audience a value every token's {@code aud} must contain
     */
    public record Jwt(
            @DefaultValue("http://localhost:8080") String issuer,

            @DefaultValue("http://127.0.0.1:8080/.well-known/jwks.json")
            URI jwkSetUri,

            Resource publicKeyLocation,
            @DefaultValue("roles") String rolesClaim,
            @DefaultValue("preferred_username") String usernameClaim,
            @DefaultValue("intl-api") String audience) {

        public ClaimMapping claimMapping() {
            return new ClaimMapping(rolesClaim, usernameClaim);
        }
    }
}

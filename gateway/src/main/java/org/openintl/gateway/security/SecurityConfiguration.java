package org.openintl.gateway.security;

import com.nimbusds.jose.jwk.JWK;
import java.util.Set;
import org.openintl.access.AccessRules;
import org.openintl.access.Role;
import org.openintl.boot.security.TokenValidation;
import org.openintl.gateway.edge.ClientAddress;
import org.openintl.gateway.issuer.SigningKey;
import org.openintl.gateway.limits.AnonymousRateLimiter;
import org.openintl.gateway.limits.RateLimitWebFilter;
import org.openintl.gateway.limits.RateLimiter;
import org.openintl.gateway.problem.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import reactor.core.publisher.Flux;

/**
 * The gateway is an OAuth2 resource server. Tokens come from the local issuer (its key is used directly) or, with the
 * local issuer off, from the identity provider whose keys are at {@code intl.security.jwt.jwk-set-uri}. Stateless:
 * no session, no CSRF token, no login page.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    /**
     * No observations of Spring Security's own (each request's filter chain, authentication, authorization): no board
     * or alert reads them, and they cost CPU on the event loop of every request; the gateway's request metrics
     * ({@code spring.cloud.gateway.requests}, {@code http.server.requests}) still time each one (docs/performance.md).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    AccessRules accessRules(SecurityProperties properties) {
        return new AccessRules(properties.rules());
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(SecurityProperties properties, ObjectProvider<SigningKey> localKey) {
        SecurityProperties.Jwt jwt = properties.jwt();
        SigningKey key = localKey.getIfAvailable();
        NimbusReactiveJwtDecoder decoder;
        if (key != null) {
            // the local key under its key id: a token naming another kid is refused like one of an unknown key
            JWK published = key.privateJwk().toPublicJWK();
            decoder = NimbusReactiveJwtDecoder.withJwkSource(token ->
                            key.keyId().equals(token.getHeader().getKeyID()) ? Flux.just(published) : Flux.empty())
                    .jwsAlgorithm(SignatureAlgorithm.RS256)
                    .build();
        } else if (jwt.jwkSetUri() != null) {
            decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwt.jwkSetUri().toString())
                    .jwsAlgorithm(SignatureAlgorithm.RS256)
                    .build();
        } else {
            throw new IllegalStateException(
                    "intl.security.jwt.jwk-set-uri is required when the local issuer is off (intl.issuer.enabled=false)");
        }
        // RS256 only (above); exp required, nbf, issuer and audience with 60 s clock skew
        var validator = TokenValidation.validator(jwt.issuer(), jwt.audience());
        decoder.setJwtValidator(validator);
        // the signature is checked once per token, the claims on every request (ADR 0572)
        return new CachingReactiveJwtDecoder(decoder, validator);
    }

    @Bean
    SecurityWebFilterChain gatewaySecurity(
            ServerHttpSecurity http,
            ReactiveJwtDecoder decoder,
            AccessRules rules,
            SecurityProperties properties,
            ProblemWriter writer,
            RateLimiter rateLimiter,
            AnonymousRateLimiter anonymousLimiter,
            ClientAddress clients) {
        SecurityProblems problems = new SecurityProblems(writer, rules, anonymousLimiter, clients);
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                // the edge filters write security headers and answer CORS on every response, refusals included
                .headers(ServerHttpSecurity.HeaderSpec::disable)
                .cors(ServerHttpSecurity.CorsSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(properties.openPaths().toArray(String[]::new))
                        .permitAll()
                        .anyExchange()
                        .access(byRules(rules)))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtDecoder(decoder)
                                .jwtAuthenticationConverter(
                                        new TokenAuthentication(properties.jwt().claimMapping())))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterAfter(new RememberCallerWebFilter(), SecurityWebFiltersOrder.AUTHENTICATION)
                // after authentication, before authorisation: a caller is limited even while being refused
                .addFilterBefore(new RateLimitWebFilter(rateLimiter, writer), SecurityWebFiltersOrder.AUTHORIZATION)
                .build();
    }

    private static ReactiveAuthorizationManager<AuthorizationContext> byRules(AccessRules rules) {
        return (authentication, context) -> authentication
                .filter(Authentication::isAuthenticated)
                .map(a -> {
                    Set<Role> held = TokenAuthentication.held(a.getAuthorities());
                    var request = context.getExchange().getRequest();
                    return (AuthorizationResult) new AuthorizationDecision(!held.isEmpty()
                            && rules.permits(
                                    request.getMethod().name(),
                                    request.getPath().value(),
                                    held));
                })
                .defaultIfEmpty(new AuthorizationDecision(false));
    }
}

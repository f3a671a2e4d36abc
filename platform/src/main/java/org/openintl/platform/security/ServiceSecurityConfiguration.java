package org.openintl.platform.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.openintl.access.AccessRules;
import org.openintl.access.Role;
import org.openintl.boot.security.TokenValidation;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A service is an OAuth2 resource server: every request but the open paths needs a valid bearer token from the
 * configured issuer, and {@link AccessRules} decide which roles may read and write. Runs before Spring Boot's own
 * security auto-configuration, whose defaults (a generated password, form login) then back off.
 */
@AutoConfiguration(
        before = {
            SecurityAutoConfiguration.class,
            ServletWebSecurityAutoConfiguration.class,
            UserDetailsServiceAutoConfiguration.class,
            OAuth2ResourceServerAutoConfiguration.class
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(ServiceSecurityProperties.class)
@EnableWebSecurity
@EnableMethodSecurity
public class ServiceSecurityConfiguration {

    @Bean
    @ConditionalOnMissingBean
    AccessRules accessRules(ServiceSecurityProperties properties) {
        return new AccessRules(properties.rules());
    }

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(ServiceSecurityProperties properties) {
        ServiceSecurityProperties.Jwt jwt = properties.jwt();
        NimbusJwtDecoder decoder = jwt.publicKeyLocation() != null
                ? NimbusJwtDecoder.withPublicKey(readPublicKey(jwt.publicKeyLocation()))
                        .signatureAlgorithm(SignatureAlgorithm.RS256)
                        .build()
                : NimbusJwtDecoder.withJwkSetUri(jwt.jwkSetUri().toString())
                        .jwsAlgorithm(SignatureAlgorithm.RS256)
                        .build();
        // RS256 only (above); exp required, nbf, issuer and audience with 60 s clock skew
        var validator = TokenValidation.validator(jwt.issuer(), jwt.audience());
        decoder.setJwtValidator(validator);
        // the signature is checked once per token, the claims on every request (ADR 0572)
        return new CachingJwtDecoder(decoder, validator);
    }

    @Bean
    SecurityFilterChain intlSecurityFilterChain(
            HttpSecurity http, JwtDecoder decoder, AccessRules rules, ServiceSecurityProperties properties)
            throws Exception {
        SecurityProblems problems = new SecurityProblems(rules);
        TokenAuthentication tokens = new TokenAuthentication(properties.jwt().claimMapping());
        http.csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(authorize -> authorize
                        // the error page renders a failure that was already authorised (or refused) once
                        .dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers(properties.openPaths().toArray(String[]::new))
                        .permitAll()
                        .anyRequest()
                        .access(byRules(rules)))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(j -> j.decoder(decoder).jwtAuthenticationConverter(tokens))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    private static AuthorizationManager<RequestAuthorizationContext> byRules(AccessRules rules) {
        return (authentication, context) -> {
            HttpServletRequest request = context.getRequest();
            Set<Role> held = heldRoles(authentication.get());
            return new AuthorizationDecision(
                    !held.isEmpty() && rules.permits(request.getMethod(), SecurityProblems.path(request), held));
        };
    }

    private static Set<Role> heldRoles(Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        return user.roles().isEmpty() ? Set.of() : EnumSet.copyOf(user.roles());
    }

    /**
     * Spring Security would otherwise observe every request's filter chain, filter by filter, its authentication and
     * its authorization: meters and events that no board or alert reads, and Micrometer on top of one in eight of the
     * request threads' samples in a profile of partner writes (docs/performance.md). {@code http.server.requests}
     * still times every request with its status.
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityProblemsAdvice securityProblemsAdvice() {
        return new SecurityProblemsAdvice();
    }

    @Bean
    WebMvcConfigurer currentUserParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CurrentUserArgumentResolver());
            }
        };
    }

    /** An X.509 {@code PUBLIC KEY} in PEM, as {@code openssl rsa -pubout} writes it. */
    static RSAPublicKey readPublicKey(Resource location) {
        try (InputStream in = location.getInputStream()) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            String base64 =
                    pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException("intl.security.jwt.public-key-location: cannot read " + location, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "intl.security.jwt.public-key-location: " + location + " is no PEM RSA public key", e);
        }
    }
}

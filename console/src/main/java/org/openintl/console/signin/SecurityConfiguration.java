package org.openintl.console.signin;

import java.util.Set;
import org.openintl.console.ConsoleProperties;
import org.openintl.console.ConsoleProperties.SignIn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pages need a signed-in user; the sign-in page, the assets and the language switch do not. CSRF tokens on every
 * form (Spring Security's default, written into each {@code th:action} form), the session cookie HttpOnly, SameSite
 * Lax and Secure whenever the request came over TLS (application.yml), and the same security headers the gateway
 * sets, so that the console is safe on its own port too.
 */
@Configuration
class SecurityConfiguration {

    /** The gateway's policy (docs/gateway.md): scripts only from the console itself, nothing inline. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' "
            + "'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** No observations of Spring Security's own, as in the services and the gateway (docs/metrics.md). */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain pages(
            HttpSecurity http,
            ConsoleProperties properties,
            RestClient.Builder rest,
            JsonMapper json,
            ObjectProvider<ClientRegistrationRepository> registrations)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login",
                                "/assets/**",
                                "/error",
                                "/favicon.ico",
                                // actuator is served on the management port only, never routed or published, and
                                // scraped without a session like every service's (ADR 0461)
                                "/actuator/health/**",
                                "/actuator/info",
                                "/actuator/prometheus")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/login"),
                        request -> true));
        if (properties.signIn() == SignIn.OIDC) {
            ClientRegistrationRepository repository = registrations.getObject();
            DefaultOAuth2AuthorizationRequestResolver resolver =
                    new DefaultOAuth2AuthorizationRequestResolver(repository, "/oauth2/authorization");
            // PKCE (S256) always, also should the client ever become confidential
            resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
            http.oauth2Login(login -> login.loginPage("/login")
                    .authorizationEndpoint(a -> a.authorizationRequestResolver(resolver))
                    .userInfoEndpoint(u -> u.oidcUserService(rolesFromAccessToken(json)))
                    .failureUrl("/login?error=bad"));
        } else {
            http.authenticationProvider(new LocalIssuerSignIn(rest, properties, json))
                    .formLogin(form -> form.loginPage("/login")
                            .defaultSuccessUrl("/", true)
                            .failureHandler((request, response, exception) -> response.sendRedirect(
                                    request.getContextPath() + "/login?error=" + SignInErrors.code(exception))));
        }
        return http.build();
    }

    /** The roles are in the access token's {@code roles} claim (the realm's mapper), not in the ID token. */
    private static OidcUserService rolesFromAccessToken(JsonMapper json) {
        OidcUserService delegate = new OidcUserService();
        return new OidcUserService() {
            @Override
            public org.springframework.security.oauth2.core.oidc.user.OidcUser loadUser(
                    org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest request) {
                var user = delegate.loadUser(request);
                TokenClaims claims = TokenClaims.of(request.getAccessToken().getTokenValue(), json);
                Set<org.springframework.security.core.GrantedAuthority> authorities =
                        new java.util.HashSet<>(claims.authorities());
                authorities.add(new SimpleGrantedAuthority("SIGNED_IN"));
                return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "preferred_username");
            }
        };
    }
}

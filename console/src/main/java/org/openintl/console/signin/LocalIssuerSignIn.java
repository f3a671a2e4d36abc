package org.openintl.console.signin;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.openintl.console.ConsoleProperties;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sign-in form's check under {@code ./run-local.sh}: the user name and password go, on the server side, to the
 * gateway's {@code POST /auth/token}; the token it answers is the session. The issuer's failed-login throttle applies
 * (a 429 is shown as such); the browser's address is passed on in {@code X-Forwarded-For}, which the gateway
 * believes only when the console's address is among its trusted proxies.
 */
public class LocalIssuerSignIn implements AuthenticationProvider {

    private final RestClient client;
    private final URI tokenUri;
    private final JsonMapper json;

    public LocalIssuerSignIn(RestClient.Builder builder, ConsoleProperties properties, JsonMapper json) {
        this.client = builder.build();
        this.tokenUri = properties.apiUri().resolve("/auth/token");
        this.json = json;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String user = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        if (user == null || user.isBlank() || password.isEmpty()) {
            throw new BadCredentialsException("user name and password are needed");
        }
        String token;
        try {
            token = client.post()
                    .uri(tokenUri)
                    .contentType(MediaType.APPLICATION_JSON)
                    .headers(h -> forwardedFor().ifPresent(a -> h.set("X-Forwarded-For", a)))
                    .body(Map.of("username", user, "password", password))
                    .exchange((request, response) -> {
                        int status = response.getStatusCode().value();
                        if (status == 429) {
                            throw new SignInThrottled(response.getHeaders().getFirst("Retry-After"));
                        }
                        if (status == 401 || status == 400 || status == 403) {
                            throw new BadCredentialsException("wrong user name or password");
                        }
                        if (status != 200) {
                            throw new AuthenticationServiceException("the issuer answered " + status);
                        }
                        Map<String, Object> body =
                                json.readValue(response.getBody(), new TypeReference<Map<String, Object>>() {});
                        return String.valueOf(body.get("access_token"));
                    });
        } catch (ResourceAccessException e) {
            throw new AuthenticationServiceException("the issuer cannot be reached", e);
        }
        TokenClaims claims = TokenClaims.of(token, json);
        ConsoleUser principal = new ConsoleUser(claims.user(), claims.roles(), token, claims.expiresAt());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, claims.authorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static java.util.Optional<String> forwardedFor() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String chain = request.getHeader("X-Forwarded-For");
            String peer = request.getRemoteAddr();
            return java.util.Optional.of(chain == null || chain.isBlank() ? peer : chain + ", " + peer);
        }
        return java.util.Optional.empty();
    }

    /** The issuer refused for now: too many failed sign-ins from this address or for this user. */
    public static final class SignInThrottled extends AuthenticationException {
        private final String retryAfter;

        SignInThrottled(String retryAfter) {
            super("too many failed sign-ins, retry in " + retryAfter + " s");
            this.retryAfter = retryAfter;
        }

        public String retryAfter() {
            return retryAfter;
        }
    }
}

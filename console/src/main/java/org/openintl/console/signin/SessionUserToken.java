package org.openintl.console.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.openintl.console.api.ApiProblem;
import org.openintl.console.api.UserToken;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The current user's token: the local issuer's from the session, or the OIDC provider's through Spring Security's
 * authorized-client manager, which renews an expired access token with the refresh token.
 */
@Component
class SessionUserToken implements UserToken {

    private final ObjectProvider<OAuth2AuthorizedClientManager> clients;

    SessionUserToken(ObjectProvider<OAuth2AuthorizedClientManager> clients) {
        this.clients = clients;
    }

    @Override
    public String current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ConsoleUser user) {
            // a few seconds of margin: a token that expires on its way is refused by the gateway
            if (user.expiresAt().isAfter(Instant.now().plusSeconds(5))) {
                return user.token();
            }
        } else if (authentication instanceof OAuth2AuthenticationToken oauth) {
            OAuth2AuthorizedClientManager manager = clients.getIfAvailable();
            if (manager != null
                    && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
                OAuth2AuthorizedClient client = manager.authorize(
                        OAuth2AuthorizeRequest.withClientRegistrationId(oauth.getAuthorizedClientRegistrationId())
                                .principal(oauth)
                                .attribute(HttpServletRequest.class.getName(), attributes.getRequest())
                                .attribute(HttpServletResponse.class.getName(), attributes.getResponse())
                                .build());
                if (client != null) {
                    return client.getAccessToken().getTokenValue();
                }
            }
        }
        throw new ApiProblem(
                401, "urn:intl:problem:unauthorized", "Signed out", "the session has ended", Map.of(), List.of());
    }
}

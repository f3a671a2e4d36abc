package org.openintl.console;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param apiUri the gateway, as the console reaches it (the API is under {@code /api/**}, the local issuer at
 *     {@code /auth/token})
 * @param signIn {@code local}: a sign-in form whose user name and password the console posts to the gateway's local
 *     issuer; {@code oidc}: the OIDC authorization code flow with PKCE against the identity provider registered as
 *     {@code spring.security.oauth2.client.registration.intl}
 */
@ConfigurationProperties("intl.console")
public record ConsoleProperties(
        @DefaultValue("http://localhost:8080") URI apiUri,
        @DefaultValue("local") SignIn signIn) {

    public enum SignIn {
        LOCAL,
        OIDC
    }
}

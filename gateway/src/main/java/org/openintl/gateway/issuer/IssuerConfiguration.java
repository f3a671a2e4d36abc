package org.openintl.gateway.issuer;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.openintl.gateway.security.SecurityProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The local issuer's parts, present only with {@code intl.issuer.enabled} (the default). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "intl.issuer", name = "enabled", havingValue = "true", matchIfMissing = true)
class IssuerConfiguration {

    @Bean
    SigningKey signingKey(IssuerProperties properties) {
        return SigningKey.loadOrCreate(properties.dataDir());
    }

    @Bean
    TokenIssuer tokenIssuer(SigningKey key, IssuerProperties properties, SecurityProperties security) {
        return new TokenIssuer(
                key, security.jwt().issuer(), security.jwt().audience(), properties.tokenTtl(), Clock.systemUTC());
    }

    @Bean
    LocalUsers localUsers(IssuerProperties properties, MeterRegistry meters) {
        return new LocalUsers(
                properties, AdminPassword.resolve(properties.adminPassword(), properties.dataDir()), meters);
    }

    @Bean
    LoginThrottle loginThrottle(IssuerProperties properties, MeterRegistry meters) {
        return new LoginThrottle(properties.loginThrottle(), meters);
    }
}

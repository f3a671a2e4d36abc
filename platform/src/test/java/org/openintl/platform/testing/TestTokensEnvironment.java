package org.openintl.platform.testing;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes every Spring Boot application started in a test JVM that has the platform test-jar trust
 * {@link TestTokens}: registered in the test-jar's {@code META-INF/spring.factories}, it adds the test key and issuer
 * with the lowest precedence, so a test's own {@code intl.security.jwt.*} properties still win.
 */
public final class TestTokensEnvironment implements EnvironmentPostProcessor {

    static final String SOURCE = "intl-test-tokens";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(SOURCE)) {
            return;
        }
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(
                        SOURCE,
                        Map.of(
                                "intl.security.jwt.jwk-set-uri",
                                TestTokens.jwkSetUri(),
                                "intl.security.jwt.issuer",
                                TestTokens.ISSUER)));
    }
}

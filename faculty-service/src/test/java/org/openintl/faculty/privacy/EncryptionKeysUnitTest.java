package org.openintl.faculty.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * Start-up rules for the keys of personal data (ADR 0480), with the service's real configuration class and Spring's
 * property binding: no key, a published key or keys from two sources stop the start with a clear message.
 */
class EncryptionKeysUnitTest {

    private static final String K1 = randomKey();
    private static final String K2 = randomKey();
    /** The development key application.yml once shipped (public in the repository's history). */
    private static final String PUBLISHED = "/FqTcpWcBvuQbN8fmJFnSXgXX5exc+eUYuOjxH/mS/I=";

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(Keys.class, PrivacyConfiguration.class);

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(EncryptionProperties.class)
    static class Keys {}

    @Test
    void refusesToStartWithoutAKey() {
        runner.run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .rootCause()
                    .isInstanceOf(EncryptionKeyException.class)
                    .hasMessageContaining("No key for the faculty service's personal data is configured");
            EncryptionKeyException cause = (EncryptionKeyException) rootCause(context.getStartupFailure());
            assertThat(cause.action()).contains("INTL_FACULTY_ENCRYPTION_KEYS_", "INTL_FACULTY_ENCRYPTION_ACTIVEKEY");
        });
    }

    @Test
    void theStartupReportExplainsTheMissingKey() {
        // other analyzers need a bean factory to be made: skipped here, only ours is looked at
        List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation()
                .load(FailureAnalyzer.class, (type, name, failure) -> {});
        FailureAnalyzer ours = analyzers.stream()
                .filter(PrivacyConfiguration.KeyFailureAnalyzer.class::isInstance)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the key failure analyzer is not registered"));
        var analysis = ours.analyze(new IllegalStateException(
                "bean creation failed", new EncryptionKeyException("No key for the faculty service's personal data")));
        assertThat(analysis.getDescription()).contains("No key for the faculty service's personal data");
        assertThat(analysis.getAction()).contains("head -c 32 /dev/urandom | base64");
    }

    @Test
    void refusesAKeyPublishedInTheRepository() {
        runner.withPropertyValues(
                        "intl.faculty.encryption.keys.k1=" + K1,
                        "intl.faculty.encryption.keys.dev-only=" + PUBLISHED,
                        "intl.faculty.encryption.active-key=k1")
                .run(context -> assertThat(context.getStartupFailure())
                        .rootCause()
                        .isInstanceOf(EncryptionKeyException.class)
                        .hasMessageContaining("dev-only")
                        .hasMessageContaining("published"));
    }

    @Test
    void refusesKeysFromTwoSourcesThatSpringWouldMerge() {
        // production sets its keys in one source; a key from anywhere else must not join them silently
        runner.withPropertyValues("intl.faculty.encryption.keys.k1=" + K1, "intl.faculty.encryption.active-key=k1")
                .withSystemProperties("intl.faculty.encryption.keys.k2=" + K2)
                .run(context -> assertThat(context.getStartupFailure())
                        .rootCause()
                        .isInstanceOf(EncryptionKeyException.class)
                        .hasMessageContaining("several configuration sources")
                        .hasMessageContaining("k1")
                        .hasMessageContaining("k2"));
    }

    @Test
    void rotationKeepsTheOldKeyReadableAndSealsWithTheNewOne() {
        String[] before = {"intl.faculty.encryption.keys.k1=" + K1, "intl.faculty.encryption.active-key=k1"};
        String[] rotated = {
            "intl.faculty.encryption.keys.k1=" + K1,
            "intl.faculty.encryption.keys.k2=" + K2,
            "intl.faculty.encryption.active-key=k2"
        };
        Sealed[] old = new Sealed[1];
        runner.withPropertyValues(before).run(context -> {
            old[0] = context.getBean(FieldCipher.class).seal("M12345678", "expert/1/personal");
        });
        runner.withPropertyValues(rotated).run(context -> {
            FieldCipher cipher = context.getBean(FieldCipher.class);
            assertThat(cipher.open(old[0], "expert/1/personal")).isEqualTo("M12345678");
            assertThat(cipher.isStale(old[0])).isTrue();
            Sealed resealed = cipher.seal(cipher.open(old[0], "expert/1/personal"), "expert/1/personal");
            assertThat(resealed.keyId()).isEqualTo("k2");
            assertThat(cipher.isStale(resealed)).isFalse();
        });
    }

    @Test
    void refusesAnActiveKeyThatIsNotConfigured() {
        runner.withPropertyValues("intl.faculty.encryption.keys.k1=" + K1, "intl.faculty.encryption.active-key=k9")
                .run(context -> assertThat(context.getStartupFailure())
                        .rootCause()
                        .isInstanceOf(EncryptionKeyException.class)
                        .hasMessageContaining("'k9'"));
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}

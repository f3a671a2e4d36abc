package org.openintl.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * Start-up rules for the keys of personal data (ADR 0480), with the real auto-configuration and Spring's property
 * binding under a service's prefix (student-service's here; ADR 0670): no key, a published key or keys from two sources
 * stop the start with a clear message.
 */
class EncryptionKeysUnitTest {

    private static final String K1 = randomKey();
    private static final String K2 = randomKey();
    /** The development key application.yml once shipped (public in the repository's history). */
    private static final String PUBLISHED = "/FqTcpWcBvuQbN8fmJFnSXgXX5exc+eUYuOjxH/mS/I=";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PrivacyConfiguration.class))
            .withPropertyValues(
                    "intl.privacy.encryption-prefix=intl.students.encryption",
                    "spring.application.name=student-service");

    @ParameterizedTest
    @CsvSource({
        "intl.students.encryption, student-service, INTL_STUDENTS_ENCRYPTION",
        "intl.faculty.encryption, faculty-service, INTL_FACULTY_ENCRYPTION"
    })
    void refusesToStartWithoutAKeyAndNamesTheServicesEnvironmentVariables(
            String prefix, String service, String variables) {
        runner.withPropertyValues("intl.privacy.encryption-prefix=" + prefix, "spring.application.name=" + service)
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure())
                            .rootCause()
                            .isInstanceOf(EncryptionKeyException.class)
                            .hasMessageContaining("No key for personal data is configured")
                            .hasMessageContaining(prefix + ".keys is empty");
                    EncryptionKeyException cause = (EncryptionKeyException) rootCause(context.getStartupFailure());
                    assertThat(cause.action())
                            .contains(variables + "_KEYS_K2026A=", variables + "_ACTIVEKEY=k2026a")
                            .contains("<data-dir>/" + service + "/encryption.env");
                });
    }

    @ParameterizedTest
    @CsvSource({"intl.students.encryption, INTL_STUDENTS_ENCRYPTION", "intl.faculty.encryption, INTL_FACULTY_ENCRYPTION"
    })
    void theEnvironmentVariablesDeploymentsSetAreTheServicesKeys(String prefix, String variables) {
        // compose, k8s and the local stack set these names: they must keep binding (existing data is sealed with them)
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(PrivacyConfiguration.class))
                .withInitializer(context -> context.getEnvironment()
                        .getPropertySources()
                        .addFirst(new SystemEnvironmentPropertySource(
                                "systemEnvironment",
                                Map.of(
                                        variables + "_KEYS_K2026A", K1,
                                        variables + "_KEYS_K2025", K2,
                                        variables + "_ACTIVEKEY", "k2026a"))))
                .withPropertyValues("intl.privacy.encryption-prefix=" + prefix)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    FieldCipher cipher = context.getBean(FieldCipher.class);
                    assertThat(cipher.activeKeyId()).isEqualTo("k2026a");
                    assertThat(cipher.blindIndexes("x")).hasSize(2);
                    assertThat(context.getBean(EncryptionProperties.class).resealOnStart())
                            .isTrue();
                });
    }

    @Test
    void aServiceWithoutPersonalDataHasNoCipherAndNeedsNoKey() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(PrivacyConfiguration.class))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(FieldCipher.class);
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
                "bean creation failed",
                new EncryptionKeyException("No key for personal data", "head -c 32 /dev/urandom | base64")));
        assertThat(analysis.getDescription()).contains("No key for personal data");
        assertThat(analysis.getAction()).contains("head -c 32 /dev/urandom | base64");
    }

    @Test
    void refusesAKeyPublishedInTheRepository() {
        runner.withPropertyValues(
                        "intl.students.encryption.keys.k1=" + K1,
                        "intl.students.encryption.keys.dev-only=" + PUBLISHED,
                        "intl.students.encryption.active-key=k1")
                .run(context -> assertThat(context.getStartupFailure())
                        .rootCause()
                        .isInstanceOf(EncryptionKeyException.class)
                        .hasMessageContaining("dev-only")
                        .hasMessageContaining("published"));
    }

    @Test
    void refusesKeysFromTwoSourcesThatSpringWouldMerge() {
        // production sets its keys in one source; a key from anywhere else must not join them silently
        runner.withPropertyValues("intl.students.encryption.keys.k1=" + K1, "intl.students.encryption.active-key=k1")
                .withSystemProperties("intl.students.encryption.keys.k2=" + K2)
                .run(context -> assertThat(context.getStartupFailure())
                        .rootCause()
                        .isInstanceOf(EncryptionKeyException.class)
                        .hasMessageContaining("several configuration sources")
                        .hasMessageContaining("k1")
                        .hasMessageContaining("k2"));
    }

    @Test
    void rotationKeepsTheOldKeyReadableAndSealsWithTheNewOne() {
        String[] before = {"intl.students.encryption.keys.k1=" + K1, "intl.students.encryption.active-key=k1"};
        String[] rotated = {
            "intl.students.encryption.keys.k1=" + K1,
            "intl.students.encryption.keys.k2=" + K2,
            "intl.students.encryption.active-key=k2"
        };
        Sealed[] old = new Sealed[1];
        runner.withPropertyValues(before).run(context -> {
            old[0] = context.getBean(FieldCipher.class).seal("M12345678", "student/1/personal");
        });
        runner.withPropertyValues(rotated).run(context -> {
            FieldCipher cipher = context.getBean(FieldCipher.class);
            assertThat(cipher.open(old[0], "student/1/personal")).isEqualTo("M12345678");
            assertThat(cipher.isStale(old[0])).isTrue();
            Sealed resealed = cipher.seal(cipher.open(old[0], "student/1/personal"), "student/1/personal");
            assertThat(resealed.keyId()).isEqualTo("k2");
            assertThat(cipher.isStale(resealed)).isFalse();
        });
    }

    @Test
    void refusesAnActiveKeyThatIsNotConfigured() {
        runner.withPropertyValues("intl.students.encryption.keys.k1=" + K1, "intl.students.encryption.active-key=k9")
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

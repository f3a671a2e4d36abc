package org.openintl.faculty.privacy;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/**
 * The cipher for personal data, from keys that must come from the deployment: none ships with the service, a key
 * published in the repository's history is refused, and all keys must come from one configuration source (ADR 0480).
 */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

    static final ConfigurationPropertyName KEYS = ConfigurationPropertyName.of("intl.faculty.encryption.keys");

    @Bean
    FieldCipher fieldCipher(EncryptionProperties properties, Environment environment) {
        return cipher(properties, keySources(environment));
    }

    static FieldCipher cipher(EncryptionProperties properties, Map<String, List<String>> sources) {
        if (properties.keys().isEmpty()) {
            throw new EncryptionKeyException("No key for the faculty service's personal data is configured "
                    + "(intl.faculty.encryption.keys is empty); the service does not start without one.");
        }
        if (sources.size() > 1) {
            throw new EncryptionKeyException(
                    "Keys for the faculty service's personal data come from several configuration sources: "
                            + sources.entrySet().stream()
                                    .map(e -> e.getKey() + " " + e.getValue())
                                    .collect(Collectors.joining(", "))
                            + ". Spring would merge them, so one source could add a key to the set another one"
                            + " defines; keys are accepted from one source only.",
                    "Remove intl.faculty.encryption.keys from all sources but one. "
                            + EncryptionKeyException.HOW_TO_CONFIGURE);
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        properties.keys().forEach((id, base64) -> {
            byte[] key;
            try {
                key = Base64.getDecoder().decode(base64.strip());
            } catch (IllegalArgumentException e) {
                throw new EncryptionKeyException("intl.faculty.encryption.keys." + id + " is not Base64.");
            }
            if (PublishedKeys.isPublished(key)) {
                throw new EncryptionKeyException("intl.faculty.encryption.keys." + id
                        + " is a development or test key that was published in the repository; anyone could open"
                        + " data sealed with it.");
            }
            keys.put(id, key);
        });
        String active = properties.activeKey();
        if (active == null || active.isBlank()) {
            if (keys.size() != 1) {
                throw new EncryptionKeyException(
                        "intl.faculty.encryption.active-key must name one of " + keys.keySet() + ".");
            }
            active = keys.keySet().iterator().next();
        }
        if (!keys.containsKey(active)) {
            throw new EncryptionKeyException(
                    "The active key '" + active + "' is not among the configured keys " + keys.keySet() + ".");
        }
        try {
            return new FieldCipher(keys, active);
        } catch (IllegalArgumentException e) {
            throw new EncryptionKeyException(e.getMessage() + ".");
        }
    }

    /**
     * Which configuration sources define entries of {@code intl.faculty.encryption.keys}. Spring merges a map from
     * all sources, so a key set given in one place (the production environment) would silently be extended by keys
     * from another (a forgotten file, a default): every key opens personal data, so keys come from one source only.
     */
    static Map<String, List<String>> keySources(Environment environment) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (!(source instanceof IterableConfigurationPropertySource iterable)) {
                continue;
            }
            List<String> ids = new ArrayList<>();
            iterable.stream()
                    .filter(KEYS::isAncestorOf)
                    .forEach(name -> ids.add(name.getLastElement(ConfigurationPropertyName.Form.UNIFORM)));
            if (!ids.isEmpty()) {
                result.merge(name(source), ids, (a, b) -> {
                    List<String> all = new ArrayList<>(a);
                    all.addAll(b);
                    return all;
                });
            }
        }
        return result;
    }

    private static String name(ConfigurationPropertySource source) {
        return source.getUnderlyingSource() instanceof PropertySource<?> p
                ? p.getName()
                : String.valueOf(source.getUnderlyingSource());
    }

    /** Prints a missing or refused key as Spring Boot's "APPLICATION FAILED TO START" report, not a stack trace. */
    static class KeyFailureAnalyzer extends AbstractFailureAnalyzer<EncryptionKeyException> {

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, EncryptionKeyException cause) {
            return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
        }
    }
}

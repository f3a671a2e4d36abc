package org.openintl.platform.privacy;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/**
 * The cipher for personal data, for a service that names where its keys are ({@code intl.privacy.encryption-prefix}),
 * from keys that must come from the deployment: none ships with the service, a key published in the repository's
 * history is refused, and all keys must come from one configuration source (ADR 0480, 0670).
 */
@AutoConfiguration
@ConditionalOnProperty(PrivacyConfiguration.PREFIX_PROPERTY)
public class PrivacyConfiguration {

    static final String PREFIX_PROPERTY = "intl.privacy.encryption-prefix";

    @Bean
    EncryptionProperties encryptionProperties(Environment environment) {
        return Binder.get(environment)
                .bindOrCreate(prefix(environment).prefix(), Bindable.of(EncryptionProperties.class));
    }

    @Bean
    FieldCipher fieldCipher(EncryptionProperties properties, Environment environment) {
        EncryptionPrefix prefix = prefix(environment);
        return cipher(prefix, properties, keySources(prefix, environment));
    }

    private static EncryptionPrefix prefix(Environment environment) {
        return new EncryptionPrefix(
                environment.getRequiredProperty(PREFIX_PROPERTY),
                environment.getProperty("spring.application.name", "<service>"));
    }

    static FieldCipher cipher(
            EncryptionPrefix prefix, EncryptionProperties properties, Map<String, List<String>> sources) {
        String keysName = prefix.keys().toString();
        if (properties.keys().isEmpty()) {
            throw new EncryptionKeyException(
                    "No key for personal data is configured (" + keysName
                            + " is empty); the service does not start without one.",
                    prefix.howToConfigure());
        }
        if (sources.size() > 1) {
            throw new EncryptionKeyException(
                    "Keys for personal data come from several configuration sources: "
                            + sources.entrySet().stream()
                                    .map(e -> e.getKey() + " " + e.getValue())
                                    .collect(Collectors.joining(", "))
                            + ". Spring would merge them, so one source could add a key to the set another one"
                            + " defines; keys are accepted from one source only.",
                    "Remove " + keysName + " from all sources but one. " + prefix.howToConfigure());
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        properties.keys().forEach((id, base64) -> {
            byte[] key;
            try {
                key = Base64.getDecoder().decode(base64.strip());
            } catch (IllegalArgumentException e) {
                throw new EncryptionKeyException(keysName + "." + id + " is not Base64.", prefix.howToConfigure());
            }
            if (PublishedKeys.isPublished(key)) {
                throw new EncryptionKeyException(
                        keysName + "." + id
                                + " is a development or test key that was published in the repository; anyone could"
                                + " open data sealed with it.",
                        prefix.howToConfigure());
            }
            keys.put(id, key);
        });
        String active = properties.activeKey();
        if (active == null || active.isBlank()) {
            if (keys.size() != 1) {
                throw new EncryptionKeyException(
                        prefix.prefix() + ".active-key must name one of " + keys.keySet() + ".",
                        prefix.howToConfigure());
            }
            active = keys.keySet().iterator().next();
        }
        if (!keys.containsKey(active)) {
            throw new EncryptionKeyException(
                    "The active key '" + active + "' is not among the configured keys " + keys.keySet() + ".",
                    prefix.howToConfigure());
        }
        try {
            return new FieldCipher(keys, active);
        } catch (IllegalArgumentException e) {
            throw new EncryptionKeyException(e.getMessage() + ".", prefix.howToConfigure());
        }
    }

    /**
     * Which configuration sources define entries of {@code <prefix>.keys}. Spring merges a map from all sources, so a
     * key set given in one place (the production environment) would silently be extended by keys from another (a
     * forgotten file, a default): every key opens personal data, so keys come from one source only.
     */
    static Map<String, List<String>> keySources(EncryptionPrefix prefix, Environment environment) {
        ConfigurationPropertyName keys = prefix.keys();
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (!(source instanceof IterableConfigurationPropertySource iterable)) {
                continue;
            }
            List<String> ids = new ArrayList<>();
            iterable.stream()
                    .filter(keys::isAncestorOf)
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

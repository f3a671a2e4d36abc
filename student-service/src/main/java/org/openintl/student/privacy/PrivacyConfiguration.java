package org.openintl.student.privacy;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The cipher for personal data, from keys that must come from the deployment: none ships with the service, a key
 * published in the repository's history is refused, and all keys must come from one configuration source (ADR 0480).
 */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

    @Bean
    FieldCipher fieldCipher(EncryptionProperties properties, Environment environment) {
        return cipher(properties, KeySources.of(environment));
    }

    static FieldCipher cipher(EncryptionProperties properties, Map<String, List<String>> sources) {
        if (properties.keys().isEmpty()) {
            throw new EncryptionKeyException("No key for students' personal data is configured "
                    + "(intl.students.encryption.keys is empty); the service does not start without one.");
        }
        if (sources.size() > 1) {
            throw new EncryptionKeyException(
                    "Keys for students' personal data come from several configuration sources: "
                            + sources.entrySet().stream()
                                    .map(e -> e.getKey() + " " + e.getValue())
                                    .collect(Collectors.joining(", "))
                            + ". Spring would merge them, so one source could add a key to the set another one"
                            + " defines; keys are accepted from one source only.",
                    "Remove intl.students.encryption.keys from all sources but one. "
                            + EncryptionKeyException.HOW_TO_CONFIGURE);
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        properties.keys().forEach((id, base64) -> {
            byte[] key;
            try {
                key = Base64.getDecoder().decode(base64.strip());
            } catch (IllegalArgumentException e) {
                throw new EncryptionKeyException("intl.students.encryption.keys." + id + " is not Base64.");
            }
            if (PublishedKeys.isPublished(key)) {
                throw new EncryptionKeyException("intl.students.encryption.keys." + id
                        + " is a development or test key that was published in the repository; anyone could open"
                        + " data sealed with it.");
            }
            keys.put(id, key);
        });
        String active = properties.activeKey();
        if (active == null || active.isBlank()) {
            if (keys.size() != 1) {
                throw new EncryptionKeyException(
                        "intl.students.encryption.active-key must name one of " + keys.keySet() + ".");
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
}

package org.openintl.student.privacy;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PrivacyConfiguration.class);
    static final String DEVELOPMENT_KEY_ID = "dev-only";

    @Bean
    FieldCipher fieldCipher(EncryptionProperties properties) {
        if (properties.keys().isEmpty()) {
            throw new IllegalStateException("intl.students.encryption.keys is empty: configure at least one key");
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        properties.keys().forEach((id, base64) -> {
            try {
                keys.put(id, Base64.getDecoder().decode(base64.strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("intl.students.encryption.keys." + id + " is not Base64", e);
            }
        });
        String active = properties.activeKey();
        if (active == null || active.isBlank()) {
            if (keys.size() != 1) {
                throw new IllegalStateException(
                        "intl.students.encryption.active-key must name one of " + keys.keySet());
            }
            active = keys.keySet().iterator().next();
        }
        if (DEVELOPMENT_KEY_ID.equals(active)) {
            log.warn(
                    "Personal data is sealed with the development key '{}' shipped in application.yml; "
                            + "configure intl.students.encryption.keys and active-key in production",
                    active);
        }
        return new FieldCipher(keys, active);
    }
}

package org.openintl.student.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/**
 * Which configuration sources define entries of {@code intl.students.encryption.keys}. Spring merges a map from all
 * sources, so a key set given in one place (the production environment) would silently be extended by keys from
 * another (a forgotten file, a default): every key opens personal data, so the service accepts keys from one source
 * only.
 */
final class KeySources {

    static final ConfigurationPropertyName KEYS = ConfigurationPropertyName.of("intl.students.encryption.keys");

    private KeySources() {}

    /** Source name to the key ids it defines, in precedence order; only sources that define at least one key. */
    static Map<String, List<String>> of(Environment environment) {
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
}

package org.openintl.platform.privacy;

import java.util.Locale;
import java.util.Objects;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;

/**
 * Where a service's keys are configured: its own prefix ({@code intl.privacy.encryption-prefix}, e.g.
 * {@code intl.students.encryption}), so that each service has keys of its own and the environment variable names
 * deployments already set stay what they are (ADR 0670).
 *
 * @param prefix the configuration prefix of {@code keys.<id>}, {@code active-key} and {@code reseal-on-start}
 * @param service the service's name ({@code spring.application.name}), for the local stack's key file in messages
 */
record EncryptionPrefix(String prefix, String service) {

    EncryptionPrefix {
        Objects.requireNonNull(prefix, "prefix");
        if (!ConfigurationPropertyName.isValid(prefix)) {
            throw new IllegalArgumentException(
                    "intl.privacy.encryption-prefix '" + prefix + "' is not a configuration property name");
        }
        Objects.requireNonNull(service, "service");
    }

    /** {@code <prefix>.keys}: its entries are the keys, by id. */
    ConfigurationPropertyName keys() {
        return ConfigurationPropertyName.of(prefix + ".keys");
    }

    /** The environment variable prefix Spring binds to {@link #prefix()}: {@code intl.students.encryption} -> {@code INTL_STUDENTS_ENCRYPTION}. */
    String environmentVariable() {
        return prefix.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", "");
    }

    /** The remedy printed with every refused key configuration. */
    String howToConfigure() {
        return "Set the keys in one place, e.g. as environment variables:\n"
                + "    " + environmentVariable() + "_KEYS_K2026A=$(head -c 32 /dev/urandom | base64)\n"
                + "    " + environmentVariable() + "_ACTIVEKEY=k2026a\n"
                + "./run-local.sh generates a key per data directory by itself (<data-dir>/" + service
                + "/encryption.env).\n"
                + "Rotation: docs/adr/0100-personal-data-encryption-at-rest.md.";
    }
}

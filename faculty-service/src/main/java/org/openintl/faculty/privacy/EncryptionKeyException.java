package org.openintl.faculty.privacy;

/**
 * The keys for personal data are missing or not acceptable: the service refuses to start rather than store passport
 * numbers under no key, under a key everybody knows, or under a key set that another configuration source extended.
 * {@code PrivacyConfiguration.KeyFailureAnalyzer} turns it into the start-up report, with {@link #action()} as the remedy.
 */
public final class EncryptionKeyException extends IllegalStateException {

    static final String HOW_TO_CONFIGURE = "Set the keys in one place, e.g. as environment variables:\n"
            + "    INTL_FACULTY_ENCRYPTION_KEYS_K2026A=$(head -c 32 /dev/urandom | base64)\n"
            + "    INTL_FACULTY_ENCRYPTION_ACTIVEKEY=k2026a\n"
            + "./run-local.sh generates a key per data directory by itself (<data-dir>/faculty-service/encryption.env).\n"
            + "Rotation: docs/adr/0100-personal-data-encryption-at-rest.md.";

    private final String action;

    EncryptionKeyException(String message, String action) {
        super(message);
        this.action = action;
    }

    EncryptionKeyException(String message) {
        this(message, HOW_TO_CONFIGURE);
    }

    public String action() {
        return action;
    }
}

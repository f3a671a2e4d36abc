package org.openintl.platform.privacy;

/**
 * The keys for personal data are missing or not acceptable: the service refuses to start rather than store passport
 * numbers under no key, under a key everybody knows, or under a key set that another configuration source extended.
 * {@code PrivacyConfiguration.KeyFailureAnalyzer} turns it into the start-up report, with {@link #action()} as the remedy.
 */
public final class EncryptionKeyException extends IllegalStateException {

    private final String action;

    EncryptionKeyException(String message, String action) {
        super(message);
        this.action = action;
    }

    public String action() {
        return action;
    }
}

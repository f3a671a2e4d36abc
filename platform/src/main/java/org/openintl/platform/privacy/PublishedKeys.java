package org.openintl.platform.privacy;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * Keys that were once committed to the repository (a development key in {@code application.yml}, two test keys) and
 * are therefore known to anyone with a clone: a service configured with one of them refuses to start. Only their
 * SHA-256 is kept here, so the list does not republish them.
 */
final class PublishedKeys {

    private static final Set<String> SHA256 = Set.of(
            // the former "dev-only" key of application.yml
            "11ca26aa3162fd9adb9202dfad9e30060e36e02fb61d58155c04a15f5dec5099",
            // the former "test-old" and "test-new" keys of the test configuration
            "50065c7409bb4dd23c5dd5b29812b4a380adeb79cd19018167bff6b4aa36ab62",
            "4b7c604d390bb11998399f35c7dddfe0e01f2d818f96e30dc9a77b259a3822ff");

    private PublishedKeys() {}

    static boolean isPublished(byte[] key) {
        try {
            return SHA256.contains(HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}

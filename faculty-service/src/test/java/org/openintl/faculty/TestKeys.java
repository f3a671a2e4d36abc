package org.openintl.faculty;

import java.security.SecureRandom;
import java.util.Base64;

/** The two keys for personal data of the test JVM ({@code test-old}, {@code test-new}): random, never in a file. */
public final class TestKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] OLD = random();
    private static final byte[] NEW = random();

    private TestKeys() {}

    public static byte[] oldKey() {
        return OLD.clone();
    }

    public static String oldKeyBase64() {
        return Base64.getEncoder().encodeToString(OLD);
    }

    public static String newKeyBase64() {
        return Base64.getEncoder().encodeToString(NEW);
    }

    private static byte[] random() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }
}

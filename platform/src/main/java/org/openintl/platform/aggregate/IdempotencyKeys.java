package org.openintl.platform.aggregate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.openintl.platform.domain.InvalidInputException;

/**
 * Idempotent creates without a second collection: the aggregate id is derived from the client's key, so a retried
 * request collides on {@code _id} (atomic in any MongoDB) and gets the first result back.
 */
public final class IdempotencyKeys {

    private static final int MAX_LENGTH = 200;

    private IdempotencyKeys() {}

    /** The id for a create: derived from the key when there is one, random otherwise. */
    public static UUID aggregateId(String scope, String key) {
        if (key == null) {
            return UUID.randomUUID();
        }
        if (key.isBlank() || key.length() > MAX_LENGTH) {
            throw new InvalidInputException("Idempotency-Key", "must be 1 to " + MAX_LENGTH + " characters");
        }
        return UUID.nameUUIDFromBytes((scope + '\n' + key).getBytes(StandardCharsets.UTF_8));
    }

    /** A digest of the request, to tell a retry from a different request under the same key. */
    public static String fingerprint(String key, String requestJson) {
        if (key == null) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(requestJson.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

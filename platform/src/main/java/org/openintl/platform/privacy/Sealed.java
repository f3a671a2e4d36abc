package org.openintl.platform.privacy;

import java.util.Objects;

/**
 * A value encrypted at rest: the id of the key that sealed it and {@code base64(nonce || ciphertext || tag)}.
 *
 * @param keyId the configured key that opens it; an unknown id means the key was removed too early
 * @param data the 12-byte nonce followed by the AES-GCM output, Base64 encoded
 */
public record Sealed(String keyId, String data) {

    public Sealed {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(data, "data");
    }
}

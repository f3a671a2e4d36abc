package org.openintl.platform.privacy;

import java.util.Map;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Keys for personal data at rest, bound under the service's own prefix ({@link EncryptionPrefix}, e.g.
 * {@code intl.students.encryption.*}).
 *
 * @param keys key id to Base64 AES key (16, 24 or 32 bytes); keep retired keys until re-sealing finished
 * @param activeKey the id of the key new values are sealed with
 * @param resealOnStart whether a start-up pass re-seals values sealed with another key than the active one
 */
public record EncryptionProperties(
        @DefaultValue Map<String, String> keys,
        String activeKey,
        @DefaultValue("true") boolean resealOnStart) {}

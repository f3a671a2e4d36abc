package org.openintl.platform.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An event waiting in an aggregate document's {@code outbox} array. The payload is kept as the exact JSON that will be
 * published, so what subscribers receive does not depend on how the document store encodes values.
 *
 * @param migrated {@code true} for an event of a record brought in as it was (CloudEvents extension {@code migrated});
 *     {@code null} (absent in the document) for a live change
 */
public record OutboxEntry(
        UUID id, String type, long sequence, Instant time, String traceparent, String payload, Boolean migrated) {

    /** A live change's entry. */
    public OutboxEntry(UUID id, String type, long sequence, Instant time, String traceparent, String payload) {
        this(id, type, sequence, time, traceparent, payload, null);
    }

    public boolean isMigrated() {
        return Boolean.TRUE.equals(migrated);
    }
}

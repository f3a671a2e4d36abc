package org.openintl.platform.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An event waiting in an aggregate document's {@code outbox} array. The payload is kept as the exact JSON that will be
 * published, so what subscribers receive does not depend on how the document store encodes values.
 */
public record OutboxEntry(UUID id, String type, long sequence, Instant time, String traceparent, String payload) {}

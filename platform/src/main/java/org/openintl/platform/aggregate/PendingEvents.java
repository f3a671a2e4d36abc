package org.openintl.platform.aggregate;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openintl.platform.events.EventChannel;
import org.openintl.platform.events.OutboxEntry;

/**
 * The events a store's writes left in its documents' outboxes, as the relay reads and acknowledges them. The store
 * implements it so that the relay (package {@code outbox}) depends on this interface only, not on the store.
 */
public interface PendingEvents {

    /** Where these events go. */
    EventChannel channel();

    /** Documents that still have events to publish, oldest writes first. */
    List<PendingDocument> pending(int limit);

    /** The given documents that still have events, each read by id. */
    List<PendingDocument> pending(List<UUID> ids);

    /** How many documents have events waiting. */
    long countPending();

    /** Removes acknowledged events, per document id. */
    void acknowledge(Map<UUID, List<UUID>> eventIdsByDocument);

    /** One document's waiting events, in order. */
    record PendingDocument(UUID id, List<OutboxEntry> entries) {}
}

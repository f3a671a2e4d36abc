package org.openintl.platform.aggregate;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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

    /** The given documents that still have events, read by id in one round trip (no claim: one relay only). */
    List<PendingDocument> pending(List<UUID> ids);

    /**
     * Claims those of the given documents that have events and are not claimed by another relay (or whose claim
     * ended before {@code now}) for {@code relay} until {@code until}, so that one relay at a time publishes a
     * document's events, in order, with several instances of a service (ADR 0573).
     *
     * @return the claimed documents with their events, and the ids of documents with events that another relay holds
     */
    Claimed claim(List<UUID> ids, String relay, Instant now, Instant until);

    /** How many documents have events waiting. */
    long countPending();

    /**
     * Removes acknowledged events and ends {@code relay}'s claim, per document id (an empty list only ends the claim);
     * with {@code relay} null (claims off) only removes the events, addressed by {@code _id} alone.
     * A document whose claim {@code relay} no longer holds is left alone: its events are published again by the
     * relay that holds it (a duplicate, which consumers drop by sequence), never lost.
     */
    void acknowledge(Map<UUID, List<UUID>> eventIdsByDocument, @Nullable String relay);

    /** One document's waiting events, in order. */
    record PendingDocument(UUID id, List<OutboxEntry> entries) {}

    /** What {@link #claim} got: documents to publish now, and ids another relay holds (to try again later). */
    record Claimed(List<PendingDocument> documents, List<UUID> heldElsewhere) {}
}

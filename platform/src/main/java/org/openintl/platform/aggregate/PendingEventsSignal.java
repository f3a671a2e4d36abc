package org.openintl.platform.aggregate;

import java.util.UUID;

/**
 * Told by a store when a write appended events to a document, so that the relay can publish them at once by id
 * instead of waiting for its next scan. The outbox's wakeup implements it.
 */
@FunctionalInterface
public interface PendingEventsSignal {

    /** A document of {@code store} got events. */
    void signal(PendingEvents store, UUID id);
}

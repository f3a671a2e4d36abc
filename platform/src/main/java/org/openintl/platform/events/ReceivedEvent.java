package org.openintl.platform.events;

import java.time.Instant;

/**
 * A CloudEvent as a consumer sees it: the attributes docs/events.md lists and the JSON data.
 *
 * @param migrated the event tells of a record brought in as it was (extension {@code migrated=true}), not of a live
 *     change: a consumer updates its view from it but does not react as to news (no notification, no news draft)
 */
public record ReceivedEvent(
        String id,
        String type,
        String source,
        String subject,
        long sequence,
        Instant time,
        String traceparent,
        byte[] data,
        boolean migrated) {

    public ReceivedEvent(
            String id,
            String type,
            String source,
            String subject,
            long sequence,
            Instant time,
            String traceparent,
            byte[] data) {
        this(id, type, source, subject, sequence, time, traceparent, data, false);
    }
}

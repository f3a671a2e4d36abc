package org.openintl.platform.aggregate;

import java.util.Objects;

/**
 * An event a state change produces, before it has a sequence number: its CloudEvents {@code type} and the payload that
 * becomes the JSON data.
 *
 * @param migrated the event tells of a record brought in as it already was (imported or created with its past dates),
 *     not of a change that happened now: published with the CloudEvents extension {@code migrated=true} (Kafka header
 *     {@code ce_migrated}), see docs/events.md
 */
public record PendingEvent(String type, Object payload, boolean migrated) {

    public PendingEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
    }

    /** A live change. */
    public PendingEvent(String type, Object payload) {
        this(type, payload, false);
    }

    /** An event of a record brought in as it was (see {@link #migrated()}). */
    public static PendingEvent migrated(String type, Object payload) {
        return new PendingEvent(type, payload, true);
    }
}

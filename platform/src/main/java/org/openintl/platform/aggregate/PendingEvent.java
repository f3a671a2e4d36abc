package org.openintl.platform.aggregate;

import java.util.Objects;

/**
 * An event a state change produces, before it has a sequence number: its CloudEvents {@code type} and the payload that
 * becomes the JSON data.
 */
public record PendingEvent(String type, Object payload) {

    public PendingEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
    }
}

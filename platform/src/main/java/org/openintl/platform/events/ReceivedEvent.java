package org.openintl.platform.events;

import java.time.Instant;

/** A CloudEvent as a consumer sees it: the attributes docs/events.md lists and the JSON data. */
public record ReceivedEvent(
        String id,
        String type,
        String source,
        String subject,
        long sequence,
        Instant time,
        String traceparent,
        byte[] data) {}

package org.openintl.platform.events;

import java.time.Instant;

/** A CloudEvent as a consumer sees it: the attributes DESIGN.md §3 fixes and the JSON data. */
public record ReceivedEvent(
        String id,
        String type,
        String source,
        String subject,
        long sequence,
        Instant time,
        String traceparent,
        byte[] data) {}

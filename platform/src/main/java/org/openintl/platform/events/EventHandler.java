package org.openintl.platform.events;

import java.util.UUID;

/**
 * What a service does with one valid event: the record has been decoded, its source, type, subject and payload
 * checked, and the trace context restored before this runs.
 *
 * @param <T> the service's own view of the payload
 */
@FunctionalInterface
public interface EventHandler<T> {

    void apply(ReceivedEvent event, UUID subject, T data);
}

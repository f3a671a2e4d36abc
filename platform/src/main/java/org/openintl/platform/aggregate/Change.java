package org.openintl.platform.aggregate;

import java.util.List;

/** The outcome of a command on an aggregate: its new state and the events that describe the change. */
public record Change<T>(T state, List<PendingEvent> events) {

    public Change {
        events = List.copyOf(events);
    }

    public static <T> Change<T> of(T state, PendingEvent... events) {
        return new Change<>(state, List.of(events));
    }
}

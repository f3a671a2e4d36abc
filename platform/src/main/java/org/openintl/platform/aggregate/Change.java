package org.openintl.platform.aggregate;

import java.util.List;

/**
 * The outcome of a command on an aggregate: its new state and the events that describe the change, or no change at
 * all ({@link #unchanged}: nothing is written and the version stays, which makes a redelivered command harmless). A
 * change without events still writes (e.g. re-sealing with a new key: the version moves on).
 */
public record Change<T>(T state, List<PendingEvent> events, boolean changed) {

    public Change {
        events = List.copyOf(events);
    }

    public Change(T state, List<PendingEvent> events) {
        this(state, events, true);
    }

    public static <T> Change<T> of(T state, PendingEvent... events) {
        return new Change<>(state, List.of(events));
    }

    /** The command changes nothing: {@link AggregateStore#modify} writes nothing and returns the current version. */
    public static <T> Change<T> unchanged(T state) {
        return new Change<>(state, List.of(), false);
    }
}

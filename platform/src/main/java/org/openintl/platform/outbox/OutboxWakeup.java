package org.openintl.platform.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.openintl.platform.aggregate.PendingEvents;
import org.openintl.platform.aggregate.PendingEventsSignal;

/**
 * Tells the relay which documents this instance just gave events, so that it publishes them at once by id (an
 * indexed lookup on any MongoDB) instead of searching for pending documents. Documents written by other instances, or
 * before a crash, are found by the relay's periodic full scan.
 */
public final class OutboxWakeup implements PendingEventsSignal {

    /**
     * Ids put back after a failed publish are kept up to this many; beyond, the full scan (due at once after a
     * failure) finds their documents.
     */
    static final int MAX_RETAINED = 100_000;

    private final Semaphore signals = new Semaphore(0);
    private final ConcurrentLinkedQueue<Written> written = new ConcurrentLinkedQueue<>();
    /** Ids whose publishing failed, published first next time: after an outage the backlog goes by id, not by scan. */
    private final List<Written> retained = new ArrayList<>();

    record Written(PendingEvents store, UUID id) {}

    @Override
    public void signal(PendingEvents store, UUID id) {
        written.add(new Written(store, id));
        if (signals.availablePermits() == 0) {
            signals.release();
        }
    }

    /**
     * Documents of {@code store} whose events could not be published (the broker was away): they come first in the
     * next {@link #drain()}, up to {@link #MAX_RETAINED} ids.
     */
    void retain(PendingEvents store, List<UUID> ids) {
        synchronized (retained) {
            for (UUID id : ids) {
                if (retained.size() >= MAX_RETAINED) {
                    return;
                }
                retained.add(new Written(store, id));
            }
        }
    }

    /** Waits for a signal or the timeout; returns whether a write signalled. */
    boolean await(Duration timeout) throws InterruptedException {
        boolean signalled = signals.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
        signals.drainPermits();
        return signalled;
    }

    /** The documents signalled since the last call, per store, each once, in the order written. */
    Map<PendingEvents, List<UUID>> drain() {
        Map<PendingEvents, Set<UUID>> byStore = new LinkedHashMap<>();
        synchronized (retained) {
            retained.forEach(w -> byStore.computeIfAbsent(w.store(), s -> new LinkedHashSet<>())
                    .add(w.id()));
            retained.clear();
        }
        for (Written w; (w = written.poll()) != null; ) {
            byStore.computeIfAbsent(w.store(), s -> new LinkedHashSet<>()).add(w.id());
        }
        Map<PendingEvents, List<UUID>> result = new LinkedHashMap<>();
        byStore.forEach((store, ids) -> result.put(store, new ArrayList<>(ids)));
        return result;
    }
}

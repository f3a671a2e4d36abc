package org.openintl.localstack.mongo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the MVStore durable for the writes waiting on it: one committer thread takes every write that is waiting,
 * commits the store, forces it to disk and then tells each of them. Writes that arrive while it syncs form the next
 * group, so one {@code fsync} serves all writes in flight, and no connection's thread waits for the disk.
 *
 * <p>MVStore versions make this exact: a change made while the store's current version is {@code v} is in every
 * commit whose new version is greater than {@code v}; a group is taken before its commit begins, so every write in
 * it is covered.
 */
final class GroupCommit implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    /** A write waiting for the next commit: every commit covers all the writes made before it. */
    private record Waiter(Runnable durable, Consumer<RuntimeException> failed) {}

    private final MVStore store;
    private final Runnable sync;
    private final Object lock = new Object();
    private final Thread committer;
    private List<Waiter> waiting = new ArrayList<>();
    private long durableVersion = -1;
    private boolean closed;
    private long syncs;
    private long waits;

    GroupCommit(MVStore store) {
        this(
                store,
                () -> store.executeFilestoreOperation(() -> store.getFileStore().sync()));
    }

    /** @param sync forces what the last commit wrote to the disk */
    GroupCommit(MVStore store, Runnable sync) {
        this.store = store;
        this.sync = sync;
        this.committer = new Thread(this::commitGroups, "mongo-group-commit");
        committer.setDaemon(true);
        committer.start();
    }

    /** The store's version now: call right after a write, and pass it to {@link #whenDurable}. */
    long currentVersion() {
        return store.getCurrentVersion();
    }

    /**
     * Calls {@code durable} once the write made at {@code writtenIn} survives a crash of the process or the machine,
     * or {@code failed} if the store could not be made durable (it is closed, or the disk failed). Either runs on the
     * committer thread, or on the caller's when the write is durable already: hand real work to another thread.
     */
    void whenDurable(long writtenIn, Runnable durable, Consumer<RuntimeException> failed) {
        synchronized (lock) {
            waits++;
            if (durableVersion <= writtenIn) {
                if (closed) {
                    failed.accept(new IllegalStateException("the store is closed"));
                } else {
                    waiting.add(new Waiter(durable, failed));
                    lock.notifyAll();
                }
                return;
            }
        }
        durable.run();
    }

    private void commitGroups() {
        while (true) {
            List<Waiter> group;
            synchronized (lock) {
                while (waiting.isEmpty() && !closed) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        closed = true;
                    }
                }
                if (waiting.isEmpty()) {
                    return;
                }
                group = waiting;
                waiting = new ArrayList<>();
            }
            RuntimeException failure = commitAndSync();
            for (Waiter w : group) {
                try {
                    if (failure == null) {
                        w.durable().run();
                    } else {
                        w.failed().accept(failure);
                    }
                } catch (RuntimeException e) {
                    // one connection's answer (its thread already stopped, say) must not stop the others'
                    log.warn("Could not answer a write after the commit: {}", e.toString());
                }
            }
        }
    }

    private RuntimeException commitAndSync() {
        try {
            long committed = store.commit();
            long covered = committed >= 0 ? committed : store.getCurrentVersion();
            sync.run();
            synchronized (lock) {
                syncs++;
                durableVersion = Math.max(durableVersion, covered);
            }
            return null;
        } catch (RuntimeException e) {
            log.error("Could not make the store durable; the writes waiting for it are not acknowledged", e);
            return e;
        }
    }

    /** Serves the writes already waiting, then stops the committer; later writes are told the store is closed. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        try {
            committer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes that waited, and the syncs that served them (their ratio is the group size). */
    String figures() {
        synchronized (lock) {
            return "writes " + waits + ", syncs " + syncs;
        }
    }
}

package org.openintl.localstack.mongo;

import org.h2.mvstore.MVStore;

/**
 * Makes the MVStore durable before a write is answered: the writing thread commits the store and forces it to
 * disk, unless a commit that began after its write already did. Writers that arrive while one thread is syncing
 * wait for the lock and then usually find their change covered, so one {@code fsync} serves a whole group.
 *
 * <p>MVStore versions make this exact: a change made while the store's current version is {@code v} is in every
 * commit whose new version is greater than {@code v}.
 */
final class GroupCommit {

    private final MVStore store;
    private final Object lock = new Object();
    private long durableVersion = -1;
    private long syncs;
    private long waits;

    GroupCommit(MVStore store) {
        this.store = store;
    }

    /** Call after a write completed on this thread; returns once that write survives a crash of the process or the machine. */
    void awaitDurable() {
        long writtenIn = store.getCurrentVersion();
        synchronized (lock) {
            waits++;
            if (durableVersion > writtenIn || store.isClosed()) {
                return;
            }
            long committed = store.commit();
            long covered = committed >= 0 ? committed : store.getCurrentVersion();
            // the background writer may have handed our change to its asynchronous pipeline: wait for that too
            store.executeFilestoreOperation(() -> store.getFileStore().sync());
            syncs++;
            durableVersion = Math.max(durableVersion, covered);
        }
    }

    /** Writes that waited, and the syncs that served them (their ratio is the group size). */
    String figures() {
        synchronized (lock) {
            return "writes " + waits + ", syncs " + syncs;
        }
    }
}

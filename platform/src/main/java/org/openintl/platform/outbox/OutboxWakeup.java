package org.openintl.platform.outbox;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets a write wake the relay at once instead of waiting for its next poll, so that an event normally leaves within
 * milliseconds of the write that produced it.
 */
public final class OutboxWakeup {

    private final Semaphore signals = new Semaphore(0);

    public void signal() {
        if (signals.availablePermits() == 0) {
            signals.release();
        }
    }

    /** Waits for a signal or the timeout; returns whether a write signalled. */
    boolean await(Duration timeout) throws InterruptedException {
        boolean signalled = signals.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
        signals.drainPermits();
        return signalled;
    }
}

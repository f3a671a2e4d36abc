package org.openintl.localstack.mongo;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The heap all collections' rows ({@link CoveredRows}) may take together, estimated. Beyond it a collection gives up
 * its rows and its queries read the documents again: slower, but the server does not run out of memory because an
 * indexed collection grew (an audit log, say). {@code --covered-heap-mb}, default {@value #DEFAULT_MB}.
 */
final class RowBudget {

    static final int DEFAULT_MB = 224;

    private static final AtomicLong used = new AtomicLong();
    private static volatile long limit = (long) DEFAULT_MB << 20;

    private RowBudget() {}

    static void limitMb(int mb) {
        limit = (long) mb << 20;
    }

    static long limitBytes() {
        return limit;
    }

    static long usedBytes() {
        return used.get();
    }

    /** Books the bytes; false (and nothing booked) when an increase would exceed the limit. */
    static boolean charge(long delta) {
        if (delta <= 0) {
            used.addAndGet(delta);
            return true;
        }
        while (true) {
            long current = used.get();
            if (current + delta > limit) {
                return false;
            }
            if (used.compareAndSet(current, current + delta)) {
                return true;
            }
        }
    }
}

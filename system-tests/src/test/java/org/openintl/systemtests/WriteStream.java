package org.openintl.systemtests;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.openintl.systemtests.Http.Response;

/**
 * Concurrent writers through the gateway, each creating one thing after the other until stopped; keeps the id of
 * every create answered 2xx (acknowledged) and counts the other answers by status.
 */
final class WriteStream implements AutoCloseable {

    private static final Duration PAUSE = Duration.ofMillis(200);

    private final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
    private final Map<Integer, AtomicInteger> refused = new ConcurrentHashMap<>();
    private final AtomicInteger failedCalls = new AtomicInteger();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final CountDownLatch done;

    /** @param create called with a running number, answers the response of one create */
    WriteStream(int writers, IntFunction<Response> create) {
        done = new CountDownLatch(writers);
        AtomicInteger sequence = new AtomicInteger();
        for (int w = 0; w < writers; w++) {
            Thread writer = new Thread(
                    () -> {
                        try {
                            while (!stop.get()) {
                                write(create, sequence.incrementAndGet());
                            }
                        } finally {
                            done.countDown();
                        }
                    },
                    "writer-" + w);
            writer.setDaemon(true);
            writer.start();
        }
    }

    private void write(IntFunction<Response> create, int n) {
        try {
            Response r = create.apply(n);
            if (r.status() / 100 == 2) {
                acknowledged.add(r.json().get("id").asString());
            } else {
                refused.computeIfAbsent(r.status(), s -> new AtomicInteger()).incrementAndGet();
                pause();
            }
        } catch (RuntimeException | AssertionError e) {
            failedCalls.incrementAndGet(); // no answer (connection refused or reset): not acknowledged
            pause();
        }
    }

    /** A client that was refused waits a little before the next write, as a real one would, instead of spinning. */
    private static void pause() {
        await().pollDelay(PAUSE).atMost(PAUSE.multipliedBy(2)).until(() -> true);
    }

    int acknowledgedCount() {
        return acknowledged.size();
    }

    List<String> acknowledged() {
        return List.copyOf(acknowledged);
    }

    /** e.g. {@code {503=12, 504=3}, 2 without answer} */
    String refusals() {
        return refused + ", " + failedCalls.get() + " without answer";
    }

    @Override
    public void close() {
        stop.set(true);
        try {
            if (!done.await(2, TimeUnit.MINUTES)) {
                throw new AssertionError("writers did not stop within 2 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

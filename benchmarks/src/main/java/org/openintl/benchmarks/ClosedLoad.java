package org.openintl.benchmarks;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.HdrHistogram.Recorder;

/**
 * A fixed number of connections, each sending its next request as soon as the previous answered: measures the most a
 * target serves (throughput). Its latencies hide waiting (coordinated omission); {@link OpenLoad} measures those.
 */
final class ClosedLoad {

    private ClosedLoad() {}

    static LoadResult run(Api api, Supplier<HttpRequest> request, int connections, Duration duration) {
        return run(api, request, connections, duration, Long.MAX_VALUE);
    }

    /** Sends {@code requests} requests in all, as fast as {@code connections} connections go. */
    static LoadResult runCount(Api api, Supplier<HttpRequest> request, int connections, long requests) {
        return run(api, request, connections, Duration.ofHours(1), requests);
    }

    private static LoadResult run(
            Api api, Supplier<HttpRequest> request, int connections, Duration duration, long requests) {
        AtomicLong remaining = new AtomicLong(requests);
        Recorder recorder = new Recorder(3);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Thread t = new Thread(
                    () -> {
                        while (System.nanoTime() < end && remaining.getAndDecrement() > 0) {
                            long sent = System.nanoTime();
                            try {
                                if (api.send(request.get()).ok()) {
                                    ok.incrementAndGet();
                                } else {
                                    failed.incrementAndGet();
                                }
                            } catch (RuntimeException e) {
                                failed.incrementAndGet();
                            }
                            recorder.recordValue(Math.max(1, (System.nanoTime() - sent) / 1000));
                        }
                    },
                    "closed-load-" + i);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new LoadResult(ok.get(), failed.get(), elapsed, recorder.getIntervalHistogram());
    }
}

package org.openintl.benchmarks;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.HdrHistogram.Recorder;

/**
 * Requests arriving at a fixed rate whether or not earlier ones were answered (an open model), each one's latency
 * counted from when it was due to be sent: a slow answer cannot hold back the next request and hide the wait behind it
 * (no coordinated omission).
 */
final class OpenLoad {

    private OpenLoad() {}

    static LoadResult http(Api api, Supplier<HttpRequest> request, double perSecond, Duration duration) {
        return run(
                () -> api.client
                        .sendAsync(request.get(), HttpResponse.BodyHandlers.ofString())
                        .thenApply(r -> r.statusCode() >= 200 && r.statusCode() < 300),
                perSecond,
                duration);
    }

    /** @param task one arrival; its future completes with whether it succeeded */
    static LoadResult run(Supplier<CompletableFuture<Boolean>> task, double perSecond, Duration duration) {
        Recorder recorder = new Recorder(3);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long interval = (long) (1e9 / perSecond);
        long count = (long) (perSecond * duration.toNanos() / 1e9);
        long start = System.nanoTime();
        List<CompletableFuture<?>> all = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            CompletableFuture<Boolean> f;
            try {
                f = task.get();
            } catch (RuntimeException e) {
                f = CompletableFuture.failedFuture(e);
            }
            all.add(f.whenComplete((success, error) -> {
                recorder.recordValue(Math.max(1, (System.nanoTime() - due) / 1000));
                if (error == null && Boolean.TRUE.equals(success)) {
                    ok.incrementAndGet();
                } else {
                    failed.incrementAndGet();
                }
            }));
        }
        try {
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new))
                    .exceptionally(e -> null)
                    .get(2, TimeUnit.MINUTES);
        } catch (Exception e) {
            System.err.println("[bench] some requests did not end within 2 minutes: " + e);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new LoadResult(ok.get(), failed.get(), elapsed, recorder.getIntervalHistogram());
    }
}

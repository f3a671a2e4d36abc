package org.openintl.benchmarks;

import java.time.Duration;
import org.HdrHistogram.Histogram;

/**
 * What one load run measured: answers that were 2xx, the others (errors and timeouts), how long it ran and the
 * latencies in microseconds.
 */
record LoadResult(long ok, long failed, Duration elapsed, Histogram latencyMicros) {

    double throughput() {
        return ok / (elapsed.toNanos() / 1e9);
    }

    double percentileMillis(double percentile) {
        return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
    }

    static Histogram newHistogram() {
        // one microsecond to ten minutes, three significant digits
        return new Histogram(1, Duration.ofMinutes(10).toNanos() / 1000, 3);
    }
}

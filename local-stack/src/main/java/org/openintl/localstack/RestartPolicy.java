package org.openintl.localstack;

import java.time.Duration;
import java.util.Objects;

/**
 * How the supervisor treats a child that exits without being asked to: it restarts it after a back-off that
 * doubles with each crash in a row ({@code initialBackoff}, 2x, 4x ... up to {@code maxBackoff}) and gives up after
 * {@code maxRestarts} restarts in a row. A run that lasted {@code stableAfter} ends the row: the next crash counts as
 * the first again.
 */
public record RestartPolicy(int maxRestarts, Duration initialBackoff, Duration maxBackoff, Duration stableAfter) {

    /** 5 restarts in a row, 1 s doubling up to 30 s, a run of 2 minutes counts as stable. */
    public static final RestartPolicy DEFAULT =
            new RestartPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(2));

    /** Never restart: a crash is only reported (the behaviour before restarts existed). */
    public static final RestartPolicy NEVER = new RestartPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    public RestartPolicy {
        if (maxRestarts < 0) {
            throw new IllegalArgumentException("maxRestarts must not be negative");
        }
        Objects.requireNonNull(initialBackoff);
        Objects.requireNonNull(maxBackoff);
        Objects.requireNonNull(stableAfter);
    }

    /**
     * @param crashesInARow this crash included (1 for the first)
     * @return the wait before restart number {@code crashesInARow}
     */
    Duration backoff(int crashesInARow) {
        Duration delay = initialBackoff;
        for (int i = 1; i < crashesInARow && delay.compareTo(maxBackoff) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }

    boolean givesUp(int crashesInARow) {
        return crashesInARow > maxRestarts;
    }
}

package org.openintl.student.importing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import as its client follows it.
 *
 * @param total data rows in the file (blank lines not counted)
 * @param processed rows looked at so far: {@code imported + failed}
 * @param errors the first rows that failed, with their line in the file (the header is line 1); {@code failed} counts
 *     all of them
 * @param message why the job FAILED as a whole or was CANCELLED, if it was
 */
public record ImportJob(
        UUID id,
        Status status,
        long total,
        long processed,
        long imported,
        long failed,
        List<RowError> errors,
        Instant createdAt,
        Instant finishedAt,
        String message) {

    public enum Status {
        RUNNING,
        COMPLETED,
        /** stopped as a whole: the file could not be read, or it was interrupted too often (see {@code message}) */
        FAILED,
        /** stopped on request; the rows imported before stay */
        CANCELLED
    }

    /** A row that was not imported and why. */
    public record RowError(long line, String message) {}
}

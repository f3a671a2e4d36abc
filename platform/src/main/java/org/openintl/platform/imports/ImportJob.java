package org.openintl.platform.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import as its client follows it.
 *
 * @param dryRun the file was only checked: nothing was stored, and the counts say what an import would do
 * @param format the file's format
 * @param total data rows in the file (blank rows not counted)
 * @param processed rows looked at so far: {@code created + matched + refused}
 * @param created rows that became a new record
 * @param matched rows whose record was there already (same natural key, e.g. the same file imported twice): nothing
 *     was added for them
 * @param refused rows that were not imported; {@code errors} says why
 * @param imported {@code created + matched}, as before the counts were split (kept for existing clients)
 * @param failed {@code refused}, as before the counts were split (kept for existing clients)
 * @param errors the first rows that were refused, with their line in the file (the header is line 1); {@code refused}
 *     counts all of them
 * @param message why the job FAILED as a whole or was CANCELLED, if it was
 */
public record ImportJob(
        UUID id,
        Status status,
        boolean dryRun,
        ImportFormat format,
        long total,
        long processed,
        long created,
        long matched,
        long refused,
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

    /** The same job without its row errors, which quote what was uploaded: for readers without need-to-know. */
    public ImportJob withoutRowErrors() {
        return new ImportJob(
                id,
                status,
                dryRun,
                format,
                total,
                processed,
                created,
                matched,
                refused,
                imported,
                failed,
                null,
                createdAt,
                finishedAt,
                message);
    }
}

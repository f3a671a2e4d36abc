package org.openintl.platform.imports;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A register's import jobs and their staged rows (two collections, e.g. {@code import_jobs} and {@code import_chunks};
 * the rows sealed when the register says so). A job belongs to one worker at a time through {@code owner} and {@code
 * leaseUntil}; every progress write is guarded by the owner and the chunk it completes, so a worker that lost its lease
 * cannot count twice.
 *
 * <p>A service gives it its collections in a subclass annotated {@code @Repository}; every method is public so that
 * the proxy Spring makes of such a class passes each call on.
 */
public class ImportJobRepository {

    private final MongoCollection<Document> jobs;
    private final MongoCollection<Document> chunks;

    public ImportJobRepository(MongoDatabase db, String jobCollection, String chunkCollection) {
        this.jobs = db.getCollection(jobCollection);
        this.chunks = db.getCollection(chunkCollection);
        jobs.createIndex(Indexes.ascending("status", "leaseUntil"));
        chunks.createIndex(Indexes.ascending("job", "seq"));
    }

    /** What a worker needs to process a job, besides its chunks. */
    public record Work(
            UUID id,
            ImportHeader header,
            int chunks,
            int nextChunk,
            int errorsKept,
            boolean resumed,
            int interruptions) {}

    public void stageChunk(UUID job, int seq, StagedRows.Stored rows) {
        chunks.insertOne(new Document("_id", job + ":" + seq)
                .append("job", job)
                .append("seq", seq)
                .append("keyId", rows.keyId())
                .append("rows", rows.data()));
    }

    public Optional<StagedRows.Stored> chunk(UUID job, int seq) {
        return Optional.ofNullable(chunks.find(eq("_id", job + ":" + seq)).first())
                .map(d -> new StagedRows.Stored(d.getString("keyId"), d.getString("rows")));
    }

    public void deleteChunks(UUID job) {
        chunks.deleteMany(eq("job", job));
    }

    /**
     * Inserts a new RUNNING job owned by {@code owner}, not yet staged; false when the id exists (a retried idempotent
     * request).
     */
    public boolean insert(
            UUID id, ImportHeader header, ImportFormat format, String owner, Instant now, Instant leaseUntil) {
        Document job = new Document("_id", id)
                .append("status", ImportJob.Status.RUNNING.name())
                .append("total", 0L)
                .append("processed", 0L)
                .append("created", 0L)
                .append("matched", 0L)
                .append("refused", 0L)
                .append("errors", List.of())
                .append("format", format.name())
                .append("columns", header.names())
                .append("chunks", 0)
                .append("nextChunk", 0)
                .append("staged", false)
                .append("owner", owner)
                .append("leaseUntil", Date.from(leaseUntil))
                .append("createdAt", Date.from(now));
        try {
            jobs.insertOne(job);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Marks the rows as received: from now on workers may process the job. {@code fingerprint} identifies the file
     * (its SHA-256), so that a replay of the same {@code Idempotency-Key} with another file can be refused.
     */
    public void staged(UUID id, long total, int chunkCount, String fingerprint) {
        jobs.updateOne(
                eq("_id", id),
                Updates.combine(
                        Updates.set("total", total),
                        Updates.set("chunks", chunkCount),
                        Updates.set("staged", true),
                        Updates.set("fingerprint", fingerprint)));
    }

    /** The fingerprint of the job's file; empty while it is still arriving or for jobs older than fingerprints. */
    public Optional<String> fingerprint(UUID id) {
        Document job = jobs.find(eq("_id", id)).first();
        return Optional.ofNullable(job == null ? null : job.getString("fingerprint"));
    }

    /**
     * Forgets a job whose file was refused or interrupted while it was being received. A staged job is never deleted:
     * its client may have been answered already.
     */
    public void delete(UUID id) {
        if (jobs.deleteOne(and(eq("_id", id), eq("staged", false))).getDeletedCount() > 0) {
            deleteChunks(id);
        }
    }

    /** Whether the job's file was fully received and staged (false while it arrives, or when there is no such job). */
    public boolean received(UUID id) {
        return jobs.find(and(eq("_id", id), eq("staged", true))).first() != null;
    }

    /** Jobs whose instance stopped while receiving the file: the client never got a 202 for them. */
    public List<UUID> abandonedWhileStaging(Instant now) {
        List<UUID> ids = new ArrayList<>();
        jobs.find(and(eq("status", "RUNNING"), eq("staged", false), lt("leaseUntil", Date.from(now))))
                .forEach(d -> ids.add(d.get("_id", UUID.class)));
        return ids;
    }

    public Optional<ImportJob> find(UUID id) {
        return Optional.ofNullable(jobs.find(eq("_id", id)).first()).map(ImportJobRepository::toJob);
    }

    /**
     * Takes over a RUNNING job whose lease expired (its worker died or its instance restarted). Unless the previous
     * owner handed it over on a clean stop ({@link #release}), this counts as an interruption of the job.
     */
    public Optional<Work> claimExpired(String owner, Instant now, Instant leaseUntil) {
        Document candidate = jobs.find(
                        and(eq("status", "RUNNING"), eq("staged", true), lt("leaseUntil", Date.from(now))))
                .sort(Sorts.ascending("createdAt"))
                .first();
        if (candidate == null) {
            return Optional.empty();
        }
        boolean handedOver = candidate.getBoolean("released", false);
        var result = jobs.updateOne(
                and(
                        eq("_id", candidate.get("_id")),
                        eq("status", "RUNNING"),
                        eq("leaseUntil", candidate.getDate("leaseUntil"))),
                Updates.combine(
                        Updates.set("owner", owner),
                        Updates.set("leaseUntil", Date.from(leaseUntil)),
                        Updates.inc("interruptions", handedOver ? 0 : 1),
                        Updates.unset("released")));
        if (result.getModifiedCount() == 0) {
            return Optional.empty();
        }
        candidate.put("interruptions", interruptions(candidate) + (handedOver ? 0 : 1));
        return Optional.of(work(candidate, true));
    }

    /**
     * Hands the RUNNING jobs of a stopping worker over: their lease ends now and taking them over is not counted as
     * an interruption.
     */
    public void release(String owner, Instant now) {
        jobs.updateMany(
                and(eq("owner", owner), eq("status", "RUNNING"), eq("staged", true)),
                Updates.combine(Updates.set("leaseUntil", Date.from(now)), Updates.set("released", true)));
    }

    /** Cancels a RUNNING job; false when there is no running job with that id. */
    public boolean cancel(UUID id, String message, Instant now) {
        return jobs.updateOne(
                                and(eq("_id", id), eq("status", "RUNNING")),
                                Updates.combine(
                                        Updates.set("status", ImportJob.Status.CANCELLED.name()),
                                        Updates.set("message", message),
                                        Updates.set("finishedAt", Date.from(now)),
                                        Updates.unset("leaseUntil")))
                        .getModifiedCount()
                > 0;
    }

    public Optional<Work> work(UUID id) {
        return Optional.ofNullable(jobs.find(eq("_id", id)).first()).map(d -> work(d, false));
    }

    /**
     * Records one processed chunk; false when this worker no longer owns the job (it must stop).
     *
     * @param errors only the errors still to keep (the caller respects {@code maxErrors})
     */
    public boolean completeChunk(
            UUID id,
            String owner,
            int seq,
            long created,
            long matched,
            long refused,
            List<ImportJob.RowError> errors,
            Instant leaseUntil) {
        List<Bson> updates = new ArrayList<>(List.of(
                Updates.inc("processed", created + matched + refused),
                Updates.inc("created", created),
                Updates.inc("matched", matched),
                Updates.inc("refused", refused),
                Updates.set("nextChunk", seq + 1),
                Updates.set("leaseUntil", Date.from(leaseUntil))));
        if (!errors.isEmpty()) {
            updates.add(Updates.pushEach(
                    "errors",
                    errors.stream()
                            .map(e -> new Document("line", e.line()).append("message", e.message()))
                            .toList()));
        }
        return jobs.updateOne(
                                and(eq("_id", id), eq("owner", owner), eq("status", "RUNNING"), eq("nextChunk", seq)),
                                Updates.combine(updates))
                        .getModifiedCount()
                > 0;
    }

    /** Ends a job; with {@code owner == null} whoever owns it (for abandoned jobs). */
    public boolean finish(UUID id, String owner, ImportJob.Status status, String message, Instant now) {
        List<Bson> updates = new ArrayList<>(List.of(
                Updates.set("status", status.name()),
                Updates.set("finishedAt", Date.from(now)),
                Updates.unset("leaseUntil")));
        if (message != null) {
            updates.add(Updates.set("message", message));
        }
        // only a running job ends: a cancelled one stays cancelled even if its worker finishes the chunk at hand
        Bson running = and(eq("_id", id), eq("status", "RUNNING"));
        Bson filter = owner == null ? running : and(running, eq("owner", owner));
        return jobs.updateOne(filter, Updates.combine(updates)).getModifiedCount() > 0;
    }

    /** Extends the lease while a long chunk is being worked on; false when the job is no longer this worker's to run. */
    public boolean renew(UUID id, String owner, Instant leaseUntil) {
        return jobs.updateOne(
                                and(eq("_id", id), eq("owner", owner), eq("status", "RUNNING")),
                                Updates.set("leaseUntil", Date.from(leaseUntil)))
                        .getMatchedCount()
                > 0;
    }

    private static Work work(Document d, boolean resumed) {
        return new Work(
                d.get("_id", UUID.class),
                new ImportHeader(d.getList("columns", String.class)),
                d.getInteger("chunks"),
                d.getInteger("nextChunk"),
                d.getList("errors", Document.class).size(),
                resumed,
                interruptions(d));
    }

    private static int interruptions(Document d) {
        Number n = d.get("interruptions", Number.class);
        return n == null ? 0 : n.intValue();
    }

    private static ImportJob toJob(Document d) {
        // jobs written before the counts were split have only imported and failed: all of them count as created
        long created = count(d, "created", count(d, "imported", 0));
        long matched = count(d, "matched", 0);
        long refused = count(d, "refused", count(d, "failed", 0));
        String format = d.getString("format");
        return new ImportJob(
                d.get("_id", UUID.class),
                ImportJob.Status.valueOf(d.getString("status")),
                false,
                format == null ? ImportFormat.CSV : ImportFormat.valueOf(format),
                d.get("total", Number.class).longValue(),
                d.get("processed", Number.class).longValue(),
                created,
                matched,
                refused,
                created + matched,
                refused,
                d.getList("errors", Document.class).stream()
                        .map(e -> new ImportJob.RowError(
                                e.get("line", Number.class).longValue(), e.getString("message")))
                        .toList(),
                d.getDate("createdAt").toInstant(),
                d.getDate("finishedAt") == null ? null : d.getDate("finishedAt").toInstant(),
                d.getString("message"));
    }

    private static long count(Document d, String field, long absent) {
        Number n = d.get(field, Number.class);
        return n == null ? absent : n.longValue();
    }
}

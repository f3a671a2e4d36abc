package org.openintl.student.importing;

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
import org.openintl.student.privacy.Sealed;
import org.springframework.stereotype.Repository;

/**
 * Import jobs ({@code import_jobs}) and their staged rows ({@code import_chunks}, sealed because they hold passport
 * numbers). A job belongs to one worker at a time through {@code owner} and {@code leaseUntil}; every progress write
 * is guarded by the owner and the chunk it completes, so a worker that lost its lease cannot count twice.
 */
@Repository
class ImportJobRepository {

    private final MongoCollection<Document> jobs;
    private final MongoCollection<Document> chunks;

    ImportJobRepository(MongoDatabase db) {
        this.jobs = db.getCollection("import_jobs");
        this.chunks = db.getCollection("import_chunks");
        jobs.createIndex(Indexes.ascending("status", "leaseUntil"));
        chunks.createIndex(Indexes.ascending("job", "seq"));
    }

    /** What a worker needs to process a job, besides its chunks. */
    record Work(
            UUID id, Header header, int chunks, int nextChunk, int errorsKept, boolean resumed, int interruptions) {}

    void stageChunk(UUID job, int seq, Sealed rows) {
        chunks.insertOne(new Document("_id", job + ":" + seq)
                .append("job", job)
                .append("seq", seq)
                .append("keyId", rows.keyId())
                .append("rows", rows.data()));
    }

    Optional<Sealed> chunk(UUID job, int seq) {
        return Optional.ofNullable(chunks.find(eq("_id", job + ":" + seq)).first())
                .map(d -> new Sealed(d.getString("keyId"), d.getString("rows")));
    }

    void deleteChunks(UUID job) {
        chunks.deleteMany(eq("job", job));
    }

    /**
     * Inserts a new RUNNING job owned by {@code owner}, not yet staged; false when the id exists (a retried idempotent
     * request).
     */
    boolean insert(UUID id, Header header, String owner, Instant now, Instant leaseUntil) {
        Document job = new Document("_id", id)
                .append("status", ImportJob.Status.RUNNING.name())
                .append("total", 0L)
                .append("processed", 0L)
                .append("imported", 0L)
                .append("failed", 0L)
                .append("errors", List.of())
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
    void staged(UUID id, long total, int chunkCount, String fingerprint) {
        jobs.updateOne(
                eq("_id", id),
                Updates.combine(
                        Updates.set("total", total),
                        Updates.set("chunks", chunkCount),
                        Updates.set("staged", true),
                        Updates.set("fingerprint", fingerprint)));
    }

    /** The fingerprint of the job's file; empty while it is still arriving or for jobs older than fingerprints. */
    Optional<String> fingerprint(UUID id) {
        Document job = jobs.find(eq("_id", id)).first();
        return Optional.ofNullable(job == null ? null : job.getString("fingerprint"));
    }

    /**
     * Forgets a job whose file was refused or interrupted while it was being received. A staged job is never deleted:
     * its client may have been answered already.
     */
    void delete(UUID id) {
        if (jobs.deleteOne(and(eq("_id", id), eq("staged", false))).getDeletedCount() > 0) {
            deleteChunks(id);
        }
    }

    /** Whether the job's file was fully received and staged (false while it arrives, or when there is no such job). */
    boolean received(UUID id) {
        return jobs.find(and(eq("_id", id), eq("staged", true))).first() != null;
    }

    /** Jobs whose instance stopped while receiving the file: the client never got a 202 for them. */
    List<UUID> abandonedWhileStaging(Instant now) {
        List<UUID> ids = new ArrayList<>();
        jobs.find(and(eq("status", "RUNNING"), eq("staged", false), lt("leaseUntil", Date.from(now))))
                .forEach(d -> ids.add(d.get("_id", UUID.class)));
        return ids;
    }

    Optional<ImportJob> find(UUID id) {
        return Optional.ofNullable(jobs.find(eq("_id", id)).first()).map(ImportJobRepository::toJob);
    }

    /**
     * Takes over a RUNNING job whose lease expired (its worker died or its instance restarted). Unless the previous
     * owner handed it over on a clean stop ({@link #release}), this counts as an interruption of the job.
     */
    Optional<Work> claimExpired(String owner, Instant now, Instant leaseUntil) {
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
    void release(String owner, Instant now) {
        jobs.updateMany(
                and(eq("owner", owner), eq("status", "RUNNING"), eq("staged", true)),
                Updates.combine(Updates.set("leaseUntil", Date.from(now)), Updates.set("released", true)));
    }

    /** Cancels a RUNNING job; false when there is no running job with that id. */
    boolean cancel(UUID id, String message, Instant now) {
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

    Optional<Work> work(UUID id) {
        return Optional.ofNullable(jobs.find(eq("_id", id)).first()).map(d -> work(d, false));
    }

    /**
     * Records one processed chunk; false when this worker no longer owns the job (it must stop).
     *
     * @param errors only the errors still to keep (the caller respects {@code maxErrors})
     */
    boolean completeChunk(
            UUID id,
            String owner,
            int seq,
            long imported,
            long failed,
            List<ImportJob.RowError> errors,
            Instant leaseUntil) {
        List<Bson> updates = new ArrayList<>(List.of(
                Updates.inc("processed", imported + failed),
                Updates.inc("imported", imported),
                Updates.inc("failed", failed),
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
    boolean finish(UUID id, String owner, ImportJob.Status status, String message, Instant now) {
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
    boolean renew(UUID id, String owner, Instant leaseUntil) {
        return jobs.updateOne(
                                and(eq("_id", id), eq("owner", owner), eq("status", "RUNNING")),
                                Updates.set("leaseUntil", Date.from(leaseUntil)))
                        .getMatchedCount()
                > 0;
    }

    private static Work work(Document d, boolean resumed) {
        return new Work(
                d.get("_id", UUID.class),
                Header.ofNames(d.getList("columns", String.class)),
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
        return new ImportJob(
                d.get("_id", UUID.class),
                ImportJob.Status.valueOf(d.getString("status")),
                d.get("total", Number.class).longValue(),
                d.get("processed", Number.class).longValue(),
                d.get("imported", Number.class).longValue(),
                d.get("failed", Number.class).longValue(),
                d.getList("errors", Document.class).stream()
                        .map(e -> new ImportJob.RowError(
                                e.get("line", Number.class).longValue(), e.getString("message")))
                        .toList(),
                d.getDate("createdAt").toInstant(),
                d.getDate("finishedAt") == null ? null : d.getDate("finishedAt").toInstant(),
                d.getString("message"));
    }
}

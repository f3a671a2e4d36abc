package org.openintl.student.importing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.openintl.platform.accountability.Actor;
import org.openintl.platform.aggregate.IdempotencyKeyReusedException;
import org.openintl.platform.aggregate.IdempotencyKeys;
import org.openintl.platform.domain.ConflictException;
import org.openintl.platform.domain.DomainException;
import org.openintl.platform.domain.InvalidInputException;
import org.openintl.platform.domain.NotFoundException;
import org.openintl.platform.domain.UnknownReferenceException;
import org.openintl.platform.web.FieldError;
import org.openintl.student.importing.ImportJob.RowError;
import org.openintl.student.importing.ImportJobRepository.Work;
import org.openintl.student.privacy.FieldCipher;
import org.openintl.student.student.StudentForm;
import org.openintl.student.student.StudentForms;
import org.openintl.student.student.StudentService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs CSV imports. The request is answered once the header was checked and every row was staged (sealed, in
 * chunks); a background worker then registers the rows chunk by chunk, saving progress after each. Each row's
 * student id is derived from the job and the line, so a chunk processed again after a restart finds its students
 * instead of creating them twice; a job whose worker stopped is resumed by any instance once its lease expired,
 * unless it was interrupted that way too often (then it FAILS with the reason). A running job can be cancelled.
 */
@Service
class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    private static final TypeReference<List<CsvRows.Row>> ROWS = new TypeReference<>() {};
    private static final int RENEW_EVERY_ROWS = 100;

    private final ImportJobRepository jobs;
    private final StudentService students;
    private final StudentForms forms;
    private final FieldCipher cipher;
    private final JsonMapper json;
    private final Clock clock;
    private final ImportProperties properties;
    private final Counter importedRows;
    private final Counter failedRows;
    private final String owner = "import-worker-" + UUID.randomUUID();
    /** Who started the jobs of this instance, for the change log of the students they register. */
    private final Map<UUID, Actor> starters = new ConcurrentHashMap<>();

    private final ExecutorService worker = Executors.newSingleThreadExecutor(daemon("student-import"));
    private final ExecutorService rowPool;

    ImportService(
            ImportJobRepository jobs,
            StudentService students,
            StudentForms forms,
            FieldCipher cipher,
            JsonMapper json,
            Clock clock,
            ImportProperties properties,
            MeterRegistry meters) {
        this.jobs = jobs;
        this.students = students;
        this.forms = forms;
        this.cipher = cipher;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
        this.rowPool = Executors.newFixedThreadPool(Math.max(1, properties.rowThreads()), daemon("student-import-row"));
        this.importedRows = rows(meters, "imported");
        this.failedRows = rows(meters, "failed");
    }

    /**
     * Checks the header, stages the rows and starts the job. The job is answered (and a replay of the key joins it)
     * only once the whole file is staged: a job the client was told about never disappears.
     *
     * @throws InvalidInputException (400, nothing stored) for an empty file, a bad header, malformed CSV or too many
     *     rows
     * @throws StillReceivingException (409) when the first upload with this key is still being received
     * @throws UploadInterruptedException (400, nothing stored) when the file stopped arriving before its end
     */
    ImportJob start(InputStream body, String idempotencyKey) {
        UUID id = IdempotencyKeys.aggregateId("student-imports", idempotencyKey);
        ReceivedBody received = new ReceivedBody(body);
        try {
            return receive(id, new FileFingerprint(received), idempotencyKey != null);
        } catch (RuntimeException e) {
            if (received.failure() == null) {
                throw e;
            }
            // the client went away or the connection broke: not the file's fault and not the server's
            log.warn(
                    "Upload of import {} interrupted after {} bytes, nothing kept: {}",
                    id,
                    received.bytes(),
                    received.failure().toString());
            throw new UploadInterruptedException(received.bytes(), received.failure());
        }
    }

    private ImportJob receive(UUID id, FileFingerprint file, boolean replayable) {
        if (replayable && jobs.find(id).isPresent()) {
            return replayed(id, file);
        }
        try (CsvRows rows = new CsvRows(file.stream())) {
            if (!jobs.insert(id, rows.header(), owner, clock.instant(), leaseEnd())) {
                return replayed(id, file);
            }
            try {
                stage(id, rows, file);
            } catch (RuntimeException e) {
                // never answered: nobody was told about this job, and a replay waiting for it starts afresh
                jobs.delete(id);
                throw e;
            }
        }
        starters.put(id, Actor.current());
        jobs.work(id).ifPresent(w -> worker.submit(() -> run(w)));
        return jobs.find(id).orElseThrow(() -> new NotFoundException("Import", id));
    }

    /** The same key again: its job once the first upload is fully staged, never before (it could still fail). */
    private ImportJob replayed(UUID id, FileFingerprint file) {
        if (!jobs.received(id)) {
            throw new StillReceivingException(id);
        }
        requireSameFile(id, file);
        return get(id);
    }

    /** A replayed key must come with the same file, as for JSON creates: another file is a 422, never dropped. */
    private void requireSameFile(UUID id, FileFingerprint file) {
        String replayed = file.readToEnd();
        jobs.fingerprint(id).ifPresent(first -> {
            if (!first.equals(replayed)) {
                throw new IdempotencyKeyReusedException();
            }
        });
    }

    ImportJob get(UUID id) {
        return jobs.find(id).orElseThrow(() -> new NotFoundException("Import", id));
    }

    /**
     * Stops a running job: no further row is imported (the worker stops at its next check, within a few rows), the
     * rows imported before stay. Cancelling a cancelled job answers it again.
     *
     * @throws ConflictException (409) when the job already ended otherwise
     */
    ImportJob cancel(UUID id) {
        if (jobs.cancel(id, "cancelled on request; the rows imported before stay", clock.instant())) {
            jobs.deleteChunks(id);
            log.info("Import {} cancelled", id);
            return get(id);
        }
        ImportJob job = get(id);
        if (job.status() == ImportJob.Status.CANCELLED) {
            return job;
        }
        throw new ConflictException("the import already ended with status " + job.status() + "; only a RUNNING import "
                + "can be cancelled");
    }

    private void stage(UUID id, CsvRows rows, FileFingerprint file) {
        List<CsvRows.Row> chunk = new ArrayList<>();
        int seq = 0;
        long total = 0;
        while (rows.hasNext()) {
            CsvRows.Row row = rows.next();
            total++;
            if (total > properties.maxRows()) {
                throw new InvalidInputException(
                        "body", "the file has more than " + properties.maxRows() + " rows; split it");
            }
            chunk.add(row);
            if (chunk.size() == properties.chunkSize()) {
                stageChunk(id, seq++, chunk);
                chunk.clear();
                jobs.renew(id, owner, leaseEnd());
            }
        }
        if (!chunk.isEmpty()) {
            stageChunk(id, seq++, chunk);
        }
        jobs.staged(id, total, seq, file.readToEnd());
    }

    private void stageChunk(UUID id, int seq, List<CsvRows.Row> rows) {
        jobs.stageChunk(id, seq, cipher.seal(json.writeValueAsString(rows), chunkContext(id, seq)));
    }

    /** Processes the remaining chunks of a job this instance owns. */
    void run(Work work) {
        UUID id = work.id();
        int errorsKept = work.errorsKept();
        try {
            for (int seq = work.nextChunk(); seq < work.chunks(); seq++) {
                var sealed = jobs.chunk(id, seq);
                if (sealed.isEmpty()) {
                    jobs.finish(
                            id,
                            owner,
                            ImportJob.Status.FAILED,
                            "staged rows of chunk " + seq + " are missing",
                            clock.instant());
                    return;
                }
                List<CsvRows.Row> rows = json.readValue(cipher.open(sealed.get(), chunkContext(id, seq)), ROWS);
                boolean checkExisting = work.resumed() && seq == work.nextChunk();
                List<RowError> errors = process(work, rows, checkExisting);
                long failed = errors.size();
                long imported = rows.size() - failed;
                int room = Math.max(0, properties.maxErrors() - errorsKept);
                List<RowError> kept = errors.subList(0, Math.min(room, errors.size()));
                if (!jobs.completeChunk(id, owner, seq, imported, failed, kept, leaseEnd())) {
                    stopped(id);
                    return;
                }
                errorsKept += kept.size();
                importedRows.increment(imported);
                failedRows.increment(failed);
            }
            jobs.finish(id, owner, ImportJob.Status.COMPLETED, null, clock.instant());
            jobs.deleteChunks(id);
            starters.remove(id);
        } catch (JobTakenAway e) {
            stopped(id);
        } catch (FieldCipher.UnreadableSealException e) {
            log.error("Import {} cannot read its staged rows", id, e);
            starters.remove(id);
            jobs.finish(
                    id,
                    owner,
                    ImportJob.Status.FAILED,
                    "the staged rows cannot be read: " + e.getMessage(),
                    clock.instant());
        } catch (RuntimeException e) {
            // e.g. the database is unreachable: rows are not failed for that; the job resumes when its lease expires
            log.warn("Import {} interrupted, it resumes after its lease expires: {}", id, e.toString());
        }
    }

    /** The job was cancelled or taken over by another worker while this one ran it. */
    private void stopped(UUID id) {
        starters.remove(id);
        boolean cancelled = jobs.find(id)
                .map(job -> job.status() == ImportJob.Status.CANCELLED)
                .orElse(true);
        if (cancelled) {
            log.info("Import {} was cancelled; its worker stopped", id);
            jobs.deleteChunks(id);
        } else {
            log.info("Import {} was taken over by another worker; stopping here", id);
        }
    }

    private List<RowError> process(Work work, List<CsvRows.Row> rows, boolean checkExisting) {
        List<Future<RowError>> results = new ArrayList<>();
        for (CsvRows.Row row : rows) {
            results.add(rowPool.submit(() -> importRow(work, row, checkExisting)));
        }
        List<RowError> errors = new ArrayList<>();
        int done = 0;
        for (Future<RowError> f : results) {
            if (++done % RENEW_EVERY_ROWS == 0
                    // a slow database must not let the lease expire under a worker that is still making progress
                    && !jobs.renew(work.id(), owner, leaseEnd())) {
                results.forEach(r -> r.cancel(false)); // cancelled meanwhile: import no further row
                throw new JobTakenAway();
            }
            try {
                RowError error = f.get();
                if (error != null) {
                    errors.add(error);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
        return errors;
    }

    /** Imports one row; returns its error, or {@code null} when the student was registered (now or before). */
    private RowError importRow(Work work, CsvRows.Row row, boolean checkExisting) {
        UUID studentId = IdempotencyKeys.aggregateId("student-import", work.id() + ":" + row.line());
        try {
            if (checkExisting && exists(studentId)) {
                return null;
            }
            StudentForm form = RowParser.parse(work.header(), row.values());
            List<FieldError> violations = forms.violations(form);
            if (!violations.isEmpty()) {
                return new RowError(
                        row.line(),
                        violations.stream()
                                .map(v -> v.field() + ": " + v.message())
                                .collect(Collectors.joining("; ")));
            }
            // the rows are written on the uploader's behalf; a job resumed after a restart names only itself
            Actor actor = starters.getOrDefault(work.id(), new Actor("import:" + work.id(), null));
            Actor.as(actor, () -> students.register(studentId, form, "import:" + work.id() + ":" + row.line()));
            return null;
        } catch (RowParser.RowException e) {
            return new RowError(row.line(), e.getMessage());
        } catch (DomainException e) {
            return new RowError(row.line(), message(e));
        }
    }

    private boolean exists(UUID studentId) {
        try {
            students.get(studentId);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private static String message(DomainException e) {
        String field = e instanceof InvalidInputException i
                ? i.field()
                : e instanceof UnknownReferenceException u ? u.field() : null;
        String message = e.getMessage();
        return field == null || message.startsWith(field) ? message : field + ": " + message;
    }

    /** Resumes jobs whose worker stopped, and forgets files that were never fully received. */
    @Scheduled(
            initialDelayString = "${intl.students.imports.resume-delay:PT10S}",
            fixedDelayString = "${intl.students.imports.resume-interval:PT30S}")
    void resumeAbandoned() {
        try {
            Instant now = clock.instant();
            for (UUID id : jobs.abandonedWhileStaging(now)) {
                // its client was never answered 202; forgotten, so that the same request sent again starts afresh
                log.info("Import {} was still being received when its instance stopped; forgotten", id);
                jobs.delete(id);
            }
            for (var work = jobs.claimExpired(owner, now, leaseEnd());
                    work.isPresent();
                    work = jobs.claimExpired(owner, clock.instant(), leaseEnd())) {
                Work w = work.get();
                if (w.interruptions() > properties.maxInterruptions()) {
                    giveUp(w);
                    continue;
                }
                log.info(
                        "Resuming import {} at chunk {} of {} (interruption {})",
                        w.id(),
                        w.nextChunk(),
                        w.chunks(),
                        w.interruptions());
                worker.submit(() -> run(w));
            }
        } catch (RuntimeException e) {
            log.warn("Could not look for abandoned imports: {}", e.toString());
        }
    }

    /** A job whose worker stopped too often without handing it over: resuming it again could crash its process again. */
    private void giveUp(Work w) {
        ImportJob job = get(w.id());
        String message =
                ("the import was interrupted %d times while it ran (its service stopped or lost the database); "
                                + "it is not resumed again. %d of %d rows were imported, %d failed, %d were not processed: "
                                + "import those again")
                        .formatted(
                                w.interruptions(),
                                job.imported(),
                                job.total(),
                                job.failed(),
                                job.total() - job.processed());
        log.error("Import {} marked FAILED: {}", w.id(), message);
        jobs.finish(w.id(), owner, ImportJob.Status.FAILED, message, clock.instant());
        jobs.deleteChunks(w.id());
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
        rowPool.shutdownNow();
        try {
            // a clean stop hands the running jobs over: resuming them is not counted as an interruption
            jobs.release(owner, clock.instant());
        } catch (RuntimeException e) {
            log.warn("Could not hand over running imports on stop: {}", e.toString());
        }
    }

    /** The job is no longer this worker's to run (cancelled, or taken over). */
    private static final class JobTakenAway extends RuntimeException {
        JobTakenAway() {
            super(null, null, false, false);
        }
    }

    private Instant leaseEnd() {
        return clock.instant().plus(properties.lease());
    }

    private static String chunkContext(UUID job, int seq) {
        return "import/" + job + "/" + seq;
    }

    private static Counter rows(MeterRegistry meters, String outcome) {
        return Counter.builder("intl.students.import.rows")
                .description("CSV rows processed by imports, by outcome")
                .tag("outcome", outcome)
                .register(meters);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}

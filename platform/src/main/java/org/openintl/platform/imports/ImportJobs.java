package org.openintl.platform.imports;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.openintl.platform.accountability.Actor;
import org.openintl.platform.aggregate.IdempotencyKeyReusedException;
import org.openintl.platform.aggregate.IdempotencyKeys;
import org.openintl.platform.domain.ConflictException;
import org.openintl.platform.domain.DomainException;
import org.openintl.platform.domain.IllegalTransitionException;
import org.openintl.platform.domain.InvalidInputException;
import org.openintl.platform.domain.NotFoundException;
import org.openintl.platform.domain.UnknownReferenceException;
import org.openintl.platform.imports.ImportJob.RowError;
import org.openintl.platform.imports.ImportJobRepository.Work;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one register's imports (docs/imports.md). The request is answered once the header was checked and every row
 * was staged in chunks; a background worker then imports the rows chunk by chunk through the register, saving progress
 * after each. The register matches a row whose natural key is there already instead of creating it again, so a chunk
 * processed again after a restart, or the same file imported twice, adds nothing. A job whose worker stopped is
 * resumed by any instance once its lease expired, unless it was interrupted that way too often (then it FAILS with the
 * reason). A running job can be cancelled. A dry run reads and checks the whole file and stores nothing.
 *
 * <p>Not a Spring bean itself: a service builds one per register and calls {@link #resumeAbandoned()} on a schedule
 * and {@link #stop()} when it stops.
 */
public final class ImportJobs<F> {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final TypeReference<List<ImportRow>> ROWS = new TypeReference<>() {};
    /**
     * Rows stored per {@link ImportRegister#storeAll} call: a register that stores them in bulk pays one database
     * commit for them (docs/imports.md); small enough that a batch stays a small command.
     */
    public static final int ROWS_PER_STORE = 100;

    private final ImportRegister<F> register;
    private final ImportJobRepository jobs;
    private final JsonMapper json;
    private final Clock clock;
    private final ImportSettings settings;
    private final Counter importedRows;
    private final Counter failedRows;
    private final String owner;
    /** Who started the jobs of this instance, for the change log of the records they create. */
    private final Map<UUID, Actor> starters = new ConcurrentHashMap<>();

    private final ExecutorService worker;
    private final ExecutorService rowPool;

    public ImportJobs(
            ImportRegister<F> register,
            ImportJobRepository jobs,
            JsonMapper json,
            Clock clock,
            ImportSettings settings,
            MeterRegistry meters) {
        this.register = register;
        this.jobs = jobs;
        this.json = json;
        this.clock = clock;
        this.settings = settings;
        this.owner = register.name() + "-import-worker-" + UUID.randomUUID();
        this.worker = Executors.newSingleThreadExecutor(daemon(register.name() + "-import"));
        this.rowPool = Executors.newFixedThreadPool(
                Math.max(1, settings.rowThreads()), daemon(register.name() + "-import-row"));
        this.importedRows = rows(meters, "imported");
        this.failedRows = rows(meters, "failed");
    }

    public ImportJobRepository repository() {
        return jobs;
    }

    /**
     * Checks the header, stages the rows and starts the job. The job is answered (and a replay of the key joins it)
     * only once the whole file is staged: a job the client was told about never disappears.
     *
     * @throws InvalidInputException (400, nothing stored) for an empty file, a bad header (unknown, duplicated or
     *     missing required column), a file that cannot be read or too many rows
     * @throws StillReceivingException (409) when the first upload with this key is still being received
     * @throws UploadInterruptedException (400, nothing stored) when the file stopped arriving before its end
     */
    public ImportJob start(InputStream body, ImportFormat format, String idempotencyKey) {
        UUID id = IdempotencyKeys.aggregateId(register.jobIdScope(), idempotencyKey);
        ReceivedBody received = new ReceivedBody(body);
        try {
            return receive(id, format, new FileFingerprint(received), idempotencyKey != null);
        } catch (RuntimeException e) {
            throw interrupted(id, received, e);
        }
    }

    /**
     * Reads and checks the whole file as an import would, row by row, and stores nothing: the answer (never saved, its
     * id is random) counts the rows that would be created, matched and refused, and lists the errors (the first
     * {@code maxErrors}).
     *
     * @throws InvalidInputException (400) as {@link #start} does for a file that cannot be imported at all
     */
    public ImportJob dryRun(InputStream body, ImportFormat format) {
        Instant started = clock.instant();
        ReceivedBody received = new ReceivedBody(body);
        try (Upload upload = Upload.of(received, format);
                TableReader rows = upload.reader()) {
            ImportHeader header = ImportHeader.parse(rows.header(), register.columns());
            long total = 0;
            long[] counts = new long[3];
            List<RowError> errors = new ArrayList<>();
            List<ImportRow> chunk = new ArrayList<>();
            while (rows.hasNext()) {
                chunk.add(rows.next());
                total++;
                requireWithinLimit(total);
                if (chunk.size() == settings.chunkSize() || !rows.hasNext()) {
                    List<Callable<Result>> checks = new ArrayList<>();
                    for (ImportRow row : chunk) {
                        checks.add(() -> checkRow(header, row));
                    }
                    for (Result r : inParallel(checks, null)) {
                        count(r, counts, errors);
                    }
                    chunk.clear();
                }
            }
            return new ImportJob(
                    UUID.randomUUID(),
                    ImportJob.Status.COMPLETED,
                    true,
                    format,
                    total,
                    total,
                    counts[0],
                    counts[1],
                    counts[2],
                    counts[0] + counts[1],
                    counts[2],
                    errors,
                    started,
                    clock.instant(),
                    null);
        } catch (RuntimeException e) {
            throw interrupted(null, received, e);
        }
    }

    private void count(Result r, long[] counts, List<RowError> errors) {
        if (r.error() != null) {
            counts[2]++;
            if (errors.size() < settings.maxErrors()) {
                errors.add(r.error());
            }
        } else {
            counts[r.outcome() == ImportOutcome.CREATED ? 0 : 1]++;
        }
    }

    private RuntimeException interrupted(UUID id, ReceivedBody received, RuntimeException e) {
        if (received.failure() == null) {
            return e;
        }
        // the client went away or the connection broke: not the file's fault and not the server's
        log.warn(
                "Upload of import {} interrupted after {} bytes, nothing kept ({}): {}",
                id,
                received.bytes(),
                register.name(),
                received.failure().toString());
        return new UploadInterruptedException(received.bytes(), received.failure());
    }

    private ImportJob receive(UUID id, ImportFormat format, FileFingerprint file, boolean replayable) {
        if (replayable && jobs.find(id).isPresent()) {
            return replayed(id, file);
        }
        try (Upload upload = Upload.of(file.stream(), format);
                TableReader rows = upload.reader()) {
            ImportHeader header = ImportHeader.parse(rows.header(), register.columns());
            if (!jobs.insert(id, header, format, owner, clock.instant(), leaseEnd())) {
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
        return get(id);
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

    /**
     * @throws NotFoundException (404) for an unknown job
     */
    public ImportJob get(UUID id) {
        return jobs.find(id).orElseThrow(() -> new NotFoundException("Import", id));
    }

    /**
     * Stops a running job: no further row is imported (the worker stops at its next check, within a batch of rows), the
     * rows imported before stay. Cancelling a cancelled job answers it again.
     *
     * @throws ConflictException (409) when the job already ended otherwise
     */
    public ImportJob cancel(UUID id) {
        if (jobs.cancel(id, "cancelled on request; the rows imported before stay", clock.instant())) {
            jobs.deleteChunks(id);
            log.info("Import {} of {} cancelled", id, register.name());
            return get(id);
        }
        ImportJob job = get(id);
        if (job.status() == ImportJob.Status.CANCELLED) {
            return job;
        }
        throw new ConflictException("the import already ended with status " + job.status() + "; only a RUNNING import "
                + "can be cancelled");
    }

    private void stage(UUID id, TableReader rows, FileFingerprint file) {
        List<ImportRow> chunk = new ArrayList<>();
        int seq = 0;
        long total = 0;
        while (rows.hasNext()) {
            ImportRow row = rows.next();
            total++;
            requireWithinLimit(total);
            chunk.add(row);
            if (chunk.size() == settings.chunkSize()) {
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

    private void requireWithinLimit(long total) {
        if (total > settings.maxRows()) {
            throw new InvalidInputException("body", "the file has more than " + settings.maxRows() + " rows; split it");
        }
    }

    private void stageChunk(UUID id, int seq, List<ImportRow> rows) {
        jobs.stageChunk(id, seq, register.staging().seal(json.writeValueAsString(rows), chunkContext(id, seq)));
    }

    /** Processes the remaining chunks of a job this instance owns. */
    public void run(Work work) {
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
                List<ImportRow> rows =
                        json.readValue(register.staging().open(sealed.get(), chunkContext(id, seq)), ROWS);
                long[] counts = new long[3];
                List<RowError> errors = new ArrayList<>();
                Actor actor = starters.getOrDefault(id, new Actor("import:" + id, null));
                for (Result r : importChunk(work, actor, rows)) {
                    count(r, counts, errors);
                }
                int room = Math.max(0, settings.maxErrors() - errorsKept);
                List<RowError> kept = errors.subList(0, Math.min(room, errors.size()));
                if (!jobs.completeChunk(id, owner, seq, counts[0], counts[1], counts[2], kept, leaseEnd())) {
                    stopped(id);
                    return;
                }
                errorsKept += kept.size();
                importedRows.increment(counts[0] + counts[1]);
                failedRows.increment(counts[2]);
            }
            jobs.finish(id, owner, ImportJob.Status.COMPLETED, null, clock.instant());
            jobs.deleteChunks(id);
            starters.remove(id);
        } catch (JobTakenAway e) {
            stopped(id);
        } catch (StagedRows.UnreadableStagedRowsException e) {
            log.error("Import {} cannot read its staged rows", id, e);
            starters.remove(id);
            jobs.finish(
                    id,
                    owner,
                    ImportJob.Status.FAILED,
                    "the staged rows cannot be read: " + e.getMessage(),
                    clock.instant());
        } catch (RuntimeException e) {
            // e.g. the database is unreachable: rows are not refused for that; the job resumes when its lease expires
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

    /** A row's result: its outcome, or its error. */
    private record Result(ImportOutcome outcome, RowError error) {}

    /**
     * Imports the rows of one chunk: each row is read into its request, then the requests are stored
     * {@value #ROWS_PER_STORE} at a time ({@link ImportRegister#storeAll}), several such batches in parallel. The
     * results are in the order of the rows.
     */
    private List<Result> importChunk(Work work, Actor actor, List<ImportRow> rows) {
        Result[] results = new Result[rows.size()];
        List<Integer> positions = new ArrayList<>();
        List<F> requests = new ArrayList<>();
        List<String> rowKeys = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ImportRow row = rows.get(i);
            try {
                requests.add(register.parse(new RowCells(register.columns(), work.header(), row)));
                positions.add(i);
                rowKeys.add("import:" + work.id() + ":" + row.line());
            } catch (RowRefusedException | DomainException e) {
                results[i] = refused(row, e);
            }
        }
        List<Callable<List<StoredRow>>> batches = new ArrayList<>();
        for (int from = 0; from < requests.size(); from += ROWS_PER_STORE) {
            int to = Math.min(requests.size(), from + ROWS_PER_STORE);
            List<F> batch = requests.subList(from, to);
            List<String> keys = rowKeys.subList(from, to);
            // the rows are written on the uploader's behalf; a job resumed after a restart names only itself
            batches.add(() -> Actor.as(actor, () -> register.storeAll(batch, keys)));
        }
        int next = 0;
        for (List<StoredRow> stored : inParallel(batches, work)) {
            for (StoredRow s : stored) {
                int i = positions.get(next++);
                results[i] = s.refusal() != null ? refused(rows.get(i), s.refusal()) : new Result(s.outcome(), null);
            }
        }
        if (next != positions.size()) {
            throw new IllegalStateException(
                    register.name() + " answered " + next + " stored rows for " + positions.size() + " requests");
        }
        return List.of(results);
    }

    private static Result refused(ImportRow row, RuntimeException e) {
        String message = e instanceof DomainException d ? message(d) : e.getMessage();
        return new Result(null, new RowError(row.line(), message));
    }

    /**
     * Runs the tasks on the row pool and answers their results in order; when given a job, renews its lease after each
     * task (a slow database must not let the lease expire under a worker that is still making progress) and stops
     * when the job is no longer this worker's.
     */
    private <T> List<T> inParallel(List<Callable<T>> tasks, Work work) {
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(rowPool.submit(task));
        }
        List<T> results = new ArrayList<>(tasks.size());
        for (Future<T> f : futures) {
            if (work != null && !jobs.renew(work.id(), owner, leaseEnd())) {
                futures.forEach(r -> r.cancel(false)); // cancelled meanwhile: import no further row
                throw new JobTakenAway();
            }
            try {
                results.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
        return results;
    }

    private Result checkRow(ImportHeader header, ImportRow row) {
        try {
            F request = register.parse(new RowCells(register.columns(), header, row));
            return new Result(register.check(request), null);
        } catch (RowRefusedException | DomainException e) {
            return refused(row, e);
        }
    }

    private static String message(DomainException e) {
        String field = e instanceof InvalidInputException i
                ? i.field()
                : e instanceof UnknownReferenceException u
                        ? u.field()
                        : e instanceof IllegalTransitionException ? "status" : null;
        String message = e.getMessage();
        return field == null || message.startsWith(field) ? message : field + ": " + message;
    }

    /** Resumes jobs whose worker stopped, and forgets files that were never fully received. Call it on a schedule. */
    public void resumeAbandoned() {
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
                if (w.interruptions() > settings.maxInterruptions()) {
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
            log.warn("Could not look for abandoned {} imports: {}", register.name(), e.toString());
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

    /** Stops the workers and hands the running jobs over (call it when the service stops). */
    public void stop() {
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

    /**
     * The uploaded file as a table: CSV is read as it arrives; a workbook is a ZIP file, whose directory is at its
     * end, so it is first written to a temporary file (deleted when the upload is closed).
     */
    private record Upload(TableReader reader, File spooled) implements AutoCloseable {

        static Upload of(InputStream in, ImportFormat format) {
            if (format == ImportFormat.CSV) {
                return new Upload(new CsvTableReader(in), null);
            }
            File file;
            try {
                file = Files.createTempFile("import-", ".xlsx").toFile();
                try (OutputStream out = Files.newOutputStream(file.toPath())) {
                    in.transferTo(out);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                return new Upload(new XlsxTableReader(file), file);
            } catch (RuntimeException e) {
                file.delete();
                throw e;
            }
        }

        @Override
        public void close() {
            if (spooled != null && !spooled.delete()) {
                spooled.deleteOnExit();
            }
        }
    }

    private Instant leaseEnd() {
        return clock.instant().plus(settings.lease());
    }

    private static String chunkContext(UUID job, int seq) {
        return "import/" + job + "/" + seq;
    }

    private Counter rows(MeterRegistry meters, String outcome) {
        return Counter.builder("intl." + register.name() + ".import.rows")
                .description("Rows processed by imports, by outcome (imported: created or matched)")
                .tag("outcome", outcome)
                .register(meters);
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}

package org.openintl.platform.imports;

import java.util.ArrayList;
import java.util.List;
import org.openintl.platform.domain.DomainException;

/**
 * What a register (students, partners, partnerships, ...) plugs into the shared import job: its columns, how a row
 * becomes its create request, and how a request is checked and stored under its natural key.
 *
 * <p>Idempotency: {@link #store} must answer {@link ImportOutcome#MATCHED} and change nothing when a record with the
 * request's natural key exists (importing the same file twice adds nothing), and must be safe to call again for the
 * same row after a crash (a resumed job processes the rows of its last chunk again). Deriving the new record's id from
 * the natural key ({@link org.openintl.platform.aggregate.IdempotencyKeys#aggregateId}) gives both, also for two rows
 * of the same file with the same key that run in parallel.
 *
 * @param <F> the register's create request
 */
public interface ImportRegister<F> {

    /** Short name, for ids, threads and metrics: {@code students}, {@code partners}. */
    String name();

    /** The scope of the job ids derived from {@code Idempotency-Key}s. */
    default String jobIdScope() {
        return name() + "-imports";
    }

    /** The columns of the files in their export order; the names are the API's field names. */
    List<ImportColumn> columns();

    /**
     * The row's create request.
     *
     * @throws RowRefusedException naming every cell that cannot be read (use {@link RowCells#requireNoProblems()})
     */
    F parse(RowCells row);

    /**
     * What {@link #store} would do, without storing: validates the request like a create would.
     *
     * @throws RowRefusedException or a {@link org.openintl.platform.domain.DomainException} for an invalid request
     */
    ImportOutcome check(F request);

    /**
     * Creates the record, or finds it by its natural key.
     *
     * @param rowKey unique per job and row ({@code import:<job>:<line>}), for the change log
     * @throws RowRefusedException or a {@link org.openintl.platform.domain.DomainException} for an invalid request
     */
    ImportOutcome store(F request, String rowKey);

    /**
     * Stores the requests of several rows of a chunk (at most {@link ImportJobs#ROWS_PER_STORE}), answering each row
     * in the order of the requests as {@link #store} would have answered the rows one after the other. The default
     * does exactly that; a register whose records are cheaper to write in bulk (one database command for many
     * records: one commit instead of one per record) overrides it, keeping the same idempotency.
     *
     * @param rowKeys one per request, as for {@link #store}
     */
    default List<StoredRow> storeAll(List<F> requests, List<String> rowKeys) {
        List<StoredRow> stored = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            try {
                stored.add(StoredRow.of(store(requests.get(i), rowKeys.get(i))));
            } catch (RowRefusedException | DomainException e) {
                stored.add(StoredRow.refused(e));
            }
        }
        return stored;
    }

    /**
     * How the staged rows are kept until the job has processed them: a register with personal data seals them (they
     * hold passport numbers); the others keep them as they are.
     */
    default StagedRows staging() {
        return StagedRows.PLAIN;
    }
}

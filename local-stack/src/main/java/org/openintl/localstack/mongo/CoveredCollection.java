package org.openintl.localstack.mongo;

import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.type.DataType;

/**
 * mongo-java-server's H2 collection that honours the collection's indexes: it keeps the indexed fields of every
 * document in the heap ({@link CoveredRows}) and answers a query whose filter and sort name only those fields from
 * them, reading from the store only the documents of the answer. Any other query takes mongo-java-server's own path
 * (every document read from the store and filtered). Aggregations read their input from the store as a stream,
 * or from the rows when the whole pipeline is covered ({@link CoveredPipeline}).
 */
final class CoveredCollection extends H2Collection {

    /** Queries answered from rows since the server started (a figure for tests and measurements). */
    static final LongAdder ANSWERED_FROM_ROWS = new LongAdder();

    /** Queries whose {@code $and} a unique index narrowed ({@link UniqueIndexLookup}), since the server started. */
    static final LongAdder ANSWERED_BY_UNIQUE_INDEX = new LongAdder();

    /**
     * Off: every query takes mongo-java-server's own path, as before the rows existed (to measure the difference;
     * {@code --covered-queries=off}). One server per process, so one switch per process.
     */
    static volatile boolean answerFromRows = true;

    /**
     * The key, in the collection's metadata, of what its rows made beyond themselves (kept orders, folded texts,
     * postings): made again at start-up, so that the first list or search after a restart does not make it under the
     * collection's lock (about a second at 100,000 documents).
     */
    static final String MADE = "local-stack.made";

    /** Off: nothing is made again at start-up (to measure the difference, {@code EmbeddedListLatency}). */
    static volatile boolean makeAgainAtStart = true;

    private final MVMap<Object, Document> data;
    private final MVMap<String, Object> meta;
    private final CoveredRows rows;

    CoveredCollection(
            H2Database database,
            String name,
            CollectionOptions options,
            MVMap<Object, Document> data,
            MVMap<String, Object> meta,
            CursorRegistry cursors) {
        super(database, name, options, data, meta, cursors);
        this.data = data;
        this.meta = meta;
        this.rows = new CoveredRows(getFullName(), storeOrder(data.getKeyType()), this::project);
        rows.whenMade(this::remember);
    }

    /** What the rows made before, as {@link #remember} kept it; nothing when it cannot be read (another version's). */
    private List<?> remembered() {
        try {
            return meta.get(MADE) instanceof List<?> list ? list : List.of();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** Kept with the next commit (a write's, or the store's at close): losing it only costs the next start its warmth. */
    private void remember(Document what) {
        List<Object> made = new ArrayList<>(remembered());
        if (!made.contains(what)) {
            made.add(what);
            meta.put(MADE, made);
        }
    }

    /**
     * The order of the store's keys. H2's key type orders two UUIDs (the services' ids) by {@code UUID.compareTo},
     * after finding each one's type anew on every comparison; sorting an equality's candidates into the store's order
     * spent most of a filtered list's time there. Same order, compared at once; other keys as H2 compares them.
     */
    static Comparator<Object> storeOrder(DataType<Object> keyType) {
        return (a, b) -> a instanceof UUID x && b instanceof UUID y ? x.compareTo(y) : keyType.compare(a, b);
    }

    /**
     * Out of the box an aggregation starts from {@code queryAll()}, which collects every document into a list before
     * the first stage runs; streamed, {@code $match} and {@code $project} run as each document is read.
     */
    @Override
    public Stream<Document> queryAllAsStream() {
        return data.values().stream();
    }

    @Override
    public synchronized void addIndex(Index<Object> index) {
        super.addIndex(index);
        if (getIdField() != null) {
            rows.cover(index.getKeys().stream().map(IndexKey::getKey).toList());
        }
    }

    @Override
    protected Object addDocumentInternal(Document document) {
        Object key = super.addDocumentInternal(document);
        rows.put(Missing.ofNullable(key), document);
        return key;
    }

    @Override
    protected void removeDocument(Object position) {
        super.removeDocument(position);
        rows.remove(position);
    }

    @Override
    protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
        super.handleUpdate(position, oldDocument, newDocument);
        rows.put(Missing.ofNullable(position), newDocument);
    }

    /** Builds the rows now (one pass over the store) rather than at the first query; start-up calls it. */
    synchronized void warmUp() {
        if (rows.active() && !rows.built()) {
            long begin = System.nanoTime();
            rows.build(data.entrySet().stream());
            if (rows.active()) {
                double built = (System.nanoTime() - begin) / 1e9;
                int again = 0;
                for (Object what : makeAgainAtStart ? remembered() : List.of()) {
                    again += what instanceof Document d && rows.makeAgain(d) ? 1 : 0;
                }
                System.out.printf(
                        java.util.Locale.ROOT,
                        "[local-stack] %s: %,d rows of %s in the heap (about %,d KB), built in %.1f s;"
                                + " %d orders, texts and postings made again in %.1f s%n",
                        getFullName(),
                        rows.size(),
                        rows.fields(),
                        rows.bytes() >> 10,
                        built,
                        again,
                        (System.nanoTime() - begin) / 1e9 - built);
            }
        }
    }

    /**
     * A find, a count, an update's or a delete's selection. An index mongo-java-server can use (the unique ones,
     * {@code _id}) goes first, also for a part of a {@code $and} ({@link UniqueIndexLookup}); then the rows when filter and sort are covered; otherwise every document.
     */
    @Override
    protected synchronized QueryResult queryDocuments(
            Document query, Document orderBy, int skip, int limit, int batchSize, Document projection) {
        boolean indexed = getIndexes().stream().anyMatch(index -> index.canHandle(query));
        if (!indexed) {
            var narrowed = UniqueIndexLookup.find(query, getIndexes());
            if (narrowed.isPresent()) {
                ANSWERED_BY_UNIQUE_INDEX.increment();
                return matchDocuments(query, narrowed.get().positions(), orderBy, skip, limit, batchSize, projection);
            }
        }
        if (indexed || !covers(query, orderBy)) {
            return super.queryDocuments(query, orderBy, skip, limit, batchSize, projection);
        }
        warmUp();
        if (!rows.built()) { // over the budget
            return super.queryDocuments(query, orderBy, skip, limit, batchSize, projection);
        }
        ANSWERED_FROM_ROWS.increment();
        List<Object> positions = rows.find(query, orderBy, skip, limit);
        Stream<Document> answer;
        if (rows.fields().coversProjection(projection)) {
            answer = rows.rowsAt(positions).stream();
        } else {
            List<Document> documents = new ArrayList<>(positions.size());
            for (Object position : positions) {
                documents.add(getDocument(position));
            }
            answer = documents.stream();
        }
        // mongo-java-server's own projection and cursor; the filter runs again on the page only, and keeps it as is
        return matchDocumentsFromStream(query, answer, 0, 0, batchSize, null, projection);
    }

    /** The rows in the store's order, when this pipeline input may come from them; empty otherwise. */
    synchronized Optional<CoveredPipeline.Input> rowsFor(List<Document> pipeline) {
        if (!answerFromRows || !rows.active() || !CoveredPipeline.covers(pipeline, rows.fields())) {
            return Optional.empty();
        }
        warmUp();
        if (!rows.built()) {
            return Optional.empty();
        }
        ANSWERED_FROM_ROWS.increment();
        CoveredPipeline.PagedList list = CoveredPipeline.pagedList(pipeline);
        if (list != null) { // a list: its page and total without putting every match in order
            Document filter = list.filter();
            boolean everything = filter.isEmpty();
            Long count = everything ? Long.valueOf(rows.size()) : rows.exactCount(filter);
            if (count != null) { // the page from a kept order, the total known
                PagedFacet.Ordered ordered =
                        list.facet().orderedFrom(rows, everything ? null : new RowFilter(filter, rows.layout()), count);
                if (ordered != null) {
                    return Optional.of(new CoveredPipeline.Input(List.of(), rows.layout(), ordered, null));
                }
            }
            // the candidates in no order: counted and ranked in one pass, ties in the store's order
            return Optional.of(
                    new CoveredPipeline.Input(rows.candidates(filter), rows.layout(), null, rows.storeOrder()));
        }
        return Optional.of(
                new CoveredPipeline.Input(rows.snapshot(CoveredPipeline.firstMatch(pipeline)), rows.layout()));
    }

    /** mongo-java-server's own projection of a find (package-private there), applied to one document. */
    private Document project(Document projection, Document document) {
        return matchDocumentsFromStream(new Document(), Stream.of(document), 0, 0, 0, null, projection)
                .iterator()
                .next();
    }

    private boolean covers(Document query, Document orderBy) {
        return answerFromRows
                && rows.active()
                && rows.fields().coversFilter(query)
                && rows.fields().coversSort(orderBy)
                && !isNaturalDescending(orderBy);
    }
}

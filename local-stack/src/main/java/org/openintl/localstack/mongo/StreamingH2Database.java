package org.openintl.localstack.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import java.lang.reflect.Field;
import java.util.stream.Stream;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 database whose collections feed aggregations from the store as a stream. Out of the box
 * an aggregation starts from {@code queryAll()}, which collects every document of the collection into a list
 * before the first stage runs: a {@code countDocuments} (an aggregation in the driver) over 100,000 students held all
 * of them in the heap. Streamed, {@code $match} filters and {@code $project} shrinks each document as it is read,
 * so only what reaches a {@code $sort} or the result is held.
 */
final class StreamingH2Database extends H2Database {

    // the map names H2Database uses (its constants are not visible here); the file format stays mongo-java-server's
    private static final String DATA_PREFIX = "databases.";
    private static final String META_PREFIX = "meta.";

    StreamingH2Database(String name, MVStore store, CursorRegistry cursors) {
        super(name, store, cursors);
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        // called from H2Database's constructor already (it opens the existing collections), before any field of this
        // class could be set: the store is read from H2Database itself
        MVStore store = store();
        String fullName = getFullCollectionNamespace(collectionName);
        MVMap<Object, Document> data = store.openMap(DATA_PREFIX + fullName);
        MVMap<String, Object> meta = store.openMap(META_PREFIX + fullName);
        return new StreamingCollection(this, collectionName, options, data, meta, cursorRegistry);
    }

    private MVStore store() {
        try {
            Field field = H2Database.class.getDeclaredField("mvStore");
            field.setAccessible(true);
            return (MVStore) field.get(this);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("mongo-java-server's H2Database has no field mvStore any more", e);
        }
    }

    /** Reads an aggregation's input lazily, in key order, from a snapshot of the collection's map. */
    private static final class StreamingCollection extends H2Collection {

        private final MVMap<Object, Document> data;

        StreamingCollection(
                H2Database database,
                String name,
                CollectionOptions options,
                MVMap<Object, Document> data,
                MVMap<String, Object> meta,
                CursorRegistry cursors) {
            super(database, name, options, data, meta, cursors);
            this.data = data;
        }

        @Override
        public Stream<Document> queryAllAsStream() {
            return data.values().stream();
        }
    }
}

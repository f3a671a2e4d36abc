package org.openintl.localstack.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Optional;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * mongo-java-server's H2 database whose collections honour their indexes ({@link CoveredCollection}): a find, a
 * count or an aggregation that names only indexed fields runs over rows in the heap and reads only the documents of
 * its answer from the store. Everything else, and every answer's format, stays mongo-java-server's.
 */
final class CoveringH2Database extends H2Database {

    private static final Logger log = LoggerFactory.getLogger(CoveringH2Database.class);

    // the map names H2Database uses (its constants are not visible here); the file format stays mongo-java-server's
    private static final String DATA_PREFIX = "databases.";
    private static final String META_PREFIX = "meta.";
    private static final String NAMESPACES = ".system.namespaces";
    private static final String INDEX_INFIX = "._index_";

    CoveringH2Database(String name, MVStore store, CursorRegistry cursors) {
        super(name, store, cursors);
        warmUp(store);
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        // called from H2Database's constructor already (it opens the existing collections), before any field of this
        // class could be set: the store is read from H2Database itself
        MVStore store = store();
        String fullName = getFullCollectionNamespace(collectionName);
        MVMap<Object, Document> data = store.openMap(DATA_PREFIX + fullName);
        MVMap<String, Object> meta = store.openMap(META_PREFIX + fullName);
        return new CoveredCollection(this, collectionName, options, data, meta, cursorRegistry);
    }

    /**
     * A unique index as mongo-java-server keeps it, over a map that keeps its keys serialized
     * ({@link SerializedKeyType}): same map name, same bytes, same order.
     */
    @Override
    protected Index<Object> openOrCreateUniqueIndex(
            String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        MVMap<SerializedKey, Object> map = store().openMap(
                        getFullCollectionNamespace(collectionName) + INDEX_INFIX + indexName,
                        new MVMap.Builder<SerializedKey, Object>().keyType(new SerializedKeyType()));
        return new StoredUniqueIndex(map, indexName, keys, sparse);
    }

    /**
     * A non-unique index. mongo-java-server ignores them ({@link EmptyIndex}); the collection covers their keys. Not
     * "empty", because adding an empty index to a collection makes mongo-java-server read every document twice, for
     * each such index at every start of the server.
     */
    @Override
    protected Index<Object> openOrCreateSecondaryIndex(
            String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        return new EmptyIndex<>(indexName, keys) {
            @Override
            public boolean isEmpty() {
                return false;
            }
        };
    }

    @Override
    public Document handleCommand(
            Channel channel, String command, Document query, DatabaseResolver databases, Oplog oplog) {
        if (command.equalsIgnoreCase("aggregate") && query.get(command) instanceof String collectionName) {
            Optional<Document> answer = aggregateCovered(channel, collectionName, query, databases, oplog);
            if (answer.isPresent()) {
                return answer.get();
            }
        }
        return super.handleCommand(channel, command, query, databases, oplog);
    }

    private Optional<Document> aggregateCovered(
            Channel channel, String collectionName, Document query, DatabaseResolver databases, Oplog oplog) {
        if (!(resolveCollection(collectionName, false) instanceof CoveredCollection collection)) {
            return Optional.empty();
        }
        try {
            List<Document> pipeline = Aggregation.parse(query.get("pipeline"));
            // validated as a whole exactly as mongo-java-server does before it runs one
            Aggregation.fromPipeline(pipeline, databases, this, collection, oplog)
                    .validate(query);
            Optional<CoveredPipeline.Input> rows = collection.rowsFor(pipeline);
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            List<Document> result = CoveredPipeline.run(
                    pipeline,
                    rows.get(),
                    stage -> Aggregation.fromPipeline(List.of(stage), databases, this, collection, oplog));
            clearLastStatus(channel);
            Document cursor = new Document("id", 0L)
                    .append("ns", getFullCollectionNamespace(collectionName))
                    .append("firstBatch", result);
            Document response = new Document("cursor", cursor);
            response.put("ok", 1.0);
            return Optional.of(response);
        } catch (RuntimeException e) {
            // the same command on mongo-java-server's own path then answers, or fails, as it always did
            log.debug("aggregation on {} not answered from its rows", collectionName, e);
            return Optional.empty();
        }
    }

    /** Builds the rows of every collection with indexed fields now, one pass each, rather than at its first query. */
    private void warmUp(MVStore store) {
        String namespaces = DATA_PREFIX + getDatabaseName() + NAMESPACES;
        if (!store.hasMap(namespaces)) {
            return;
        }
        MVMap<Object, Document> names = store.openMap(namespaces);
        String prefix = getDatabaseName() + ".";
        for (Document namespace : names.values()) {
            String fullName = String.valueOf(namespace.get("name"));
            if (fullName.startsWith(prefix)
                    && resolveCollection(fullName.substring(prefix.length()), false)
                            instanceof CoveredCollection collection) {
                collection.warmUp();
            }
        }
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
}

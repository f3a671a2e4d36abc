package org.openintl.platform.outbox;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.conversions.Bson;

/**
 * The ids of the matches of a filter in the order of a sort, computed from the sort keys alone.
 *
 * <p>Why: the embedded MongoDB (mongo-java-server) applies a find's projection after its sort, so a sorted find holds
 * every matching whole document in its heap until the sort is done. An aggregation projects before it sorts: the
 * sort then holds {@code _id} and the sort keys only (docs/embedded-database.md has the figures). Real MongoDB runs
 * the same pipeline with its indexes.
 */
public final class SortedIds {

    private SortedIds() {}

    /** The ids of one page, in order. */
    public static List<BsonValue> page(
            MongoCollection<BsonDocument> documents, Bson filter, Bson sort, int skip, int limit) {
        List<Bson> pipeline = keysOnly(filter, sort);
        if (skip > 0) {
            pipeline.add(Aggregates.skip(skip));
        }
        pipeline.add(Aggregates.limit(limit));
        pipeline.add(Aggregates.project(new BsonDocument("_id", new BsonInt32(1))));
        List<BsonValue> ids = new ArrayList<>();
        documents.aggregate(pipeline).forEach(d -> ids.add(d.get("_id")));
        return ids;
    }

    /** Every id, in order, handed to {@code consumer} as the server's cursor delivers them. */
    public static void all(
            MongoCollection<BsonDocument> documents, Bson filter, Bson sort, Consumer<BsonValue> consumer) {
        List<Bson> pipeline = keysOnly(filter, sort);
        pipeline.add(Aggregates.project(new BsonDocument("_id", new BsonInt32(1))));
        documents.aggregate(pipeline).batchSize(1_000).forEach(d -> consumer.accept(d.get("_id")));
    }

    /**
     * {@code $match}, then each document shrunk to its {@code _id} and its sort keys under flat names ({@code k0},
     * {@code k1} ...; nested documents cost the embedded server twice the time and half again the heap), then the
     * same sort on those names. A missing key sorts like a missing field, as in the sort it replaces.
     */
    private static List<Bson> keysOnly(Bson filter, Bson sort) {
        BsonDocument keys = new BsonDocument("_id", new BsonInt32(1));
        BsonDocument flatSort = new BsonDocument();
        int i = 0;
        for (var key : sort.toBsonDocument().entrySet()) {
            if (key.getKey().equals("_id")) {
                flatSort.put("_id", key.getValue());
            } else {
                String alias = "k" + i++;
                keys.put(alias, new BsonString("$" + key.getKey()));
                flatSort.put(alias, key.getValue());
            }
        }
        List<Bson> pipeline = new ArrayList<>();
        pipeline.add(Aggregates.match(filter));
        pipeline.add(Aggregates.project(keys));
        pipeline.add(Aggregates.sort(flatSort));
        return pipeline;
    }
}

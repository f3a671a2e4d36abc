package org.openintl.platform.aggregate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Facet;
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
        pipeline.addAll(pageStages(sort, skip, limit));
        List<BsonValue> ids = new ArrayList<>();
        documents.aggregate(pipeline).forEach(d -> ids.add(d.get("_id")));
        return ids;
    }

    /** The ids of one page and the number of all matches. */
    public record Page(List<BsonValue> ids, long total) {}

    /**
     * One page and the total in one pass over the collection ({@code $facet}): the embedded server reads every
     * document for each query, so a list with its total costs one read of the collection instead of two.
     */
    public static Page pageWithTotal(
            MongoCollection<BsonDocument> documents, Bson filter, Bson sort, int skip, int limit) {
        List<Bson> pipeline = new ArrayList<>();
        pipeline.add(Aggregates.match(filter));
        pipeline.add(Aggregates.project(keys(sort)));
        pipeline.add(Aggregates.facet(
                new Facet("total", Aggregates.count("n")), new Facet("page", pageStages(sort, skip, limit))));
        BsonDocument result = documents.aggregate(pipeline).first();
        if (result == null) {
            return new Page(List.of(), 0);
        }
        List<BsonValue> ids = new ArrayList<>();
        result.getArray("page").forEach(d -> ids.add(d.asDocument().get("_id")));
        long total = result.getArray("total").isEmpty()
                ? 0
                : result.getArray("total").get(0).asDocument().getNumber("n").longValue();
        return new Page(ids, total);
    }

    private static List<Bson> pageStages(Bson sort, int skip, int limit) {
        List<Bson> stages = new ArrayList<>();
        stages.add(Aggregates.sort(flatSort(sort)));
        if (skip > 0) {
            stages.add(Aggregates.skip(skip));
        }
        stages.add(Aggregates.limit(limit));
        stages.add(Aggregates.project(new BsonDocument("_id", new BsonInt32(1))));
        return stages;
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
        List<Bson> pipeline = new ArrayList<>();
        pipeline.add(Aggregates.match(filter));
        pipeline.add(Aggregates.project(keys(sort)));
        pipeline.add(Aggregates.sort(flatSort(sort)));
        return pipeline;
    }

    private static BsonDocument keys(Bson sort) {
        BsonDocument keys = new BsonDocument("_id", new BsonInt32(1));
        int i = 0;
        for (String field : sort.toBsonDocument().keySet()) {
            if (!field.equals("_id")) {
                keys.put("k" + i++, new BsonString("$" + field));
            }
        }
        return keys;
    }

    private static BsonDocument flatSort(Bson sort) {
        BsonDocument flat = new BsonDocument();
        int i = 0;
        for (var key : sort.toBsonDocument().entrySet()) {
            flat.put(key.getKey().equals("_id") ? "_id" : "k" + i++, key.getValue());
        }
        return flat;
    }
}

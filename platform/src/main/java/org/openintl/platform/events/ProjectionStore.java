package org.openintl.platform.events;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonDocumentWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.conversions.Bson;

/**
 * A local copy of another service's aggregates, built from their events: {@code {_id, sequence, state}}. The update
 * that applies an event is guarded by {@code sequence < incoming} and upserts; when a newer sequence is stored the
 * upsert collides on {@code _id} and the stale event is dropped. One atomic statement, so concurrent consumers (or
 * instances) cannot move a projection backwards.
 */
public final class ProjectionStore<T> {

    private final MongoCollection<BsonDocument> documents;
    private final Codec<T> codec;

    public ProjectionStore(MongoDatabase database, String collection, Class<T> type) {
        this.documents = database.getCollection(collection, BsonDocument.class);
        this.codec = documents.getCodecRegistry().get(type);
    }

    /** Applies the state carried by an event; returns whether it was newer than what was stored. */
    public boolean apply(UUID aggregateId, long sequence, T state) {
        SequenceRule.shouldApply(null, sequence);
        BsonDocument encoded = new BsonDocument();
        codec.encode(
                new BsonDocumentWriter(encoded), state, EncoderContext.builder().build());
        try {
            var result = documents.updateOne(
                    and(eq("_id", aggregateId), lt("sequence", sequence)),
                    Updates.combine(
                            Updates.set("sequence", sequence),
                            Updates.set("state", encoded),
                            Updates.set("appliedAt", Instant.now())),
                    new UpdateOptions().upsert(true));
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    public Optional<T> find(UUID aggregateId) {
        return Optional.ofNullable(documents.find(eq("_id", aggregateId)).first())
                .map(d -> codec.decode(
                        new BsonDocumentReader(d.getDocument("state")),
                        DecoderContext.builder().build()));
    }

    public Optional<Long> sequence(UUID aggregateId) {
        return Optional.ofNullable(documents.find(eq("_id", aggregateId)).first())
                .map(d -> d.getNumber("sequence").longValue());
    }

    public List<T> find(Bson filter) {
        List<T> result = new ArrayList<>();
        documents
                .find(filter)
                .forEach(d -> result.add(codec.decode(
                        new BsonDocumentReader(d.getDocument("state")),
                        DecoderContext.builder().build())));
        return result;
    }

    public MongoCollection<BsonDocument> documents() {
        return documents;
    }
}

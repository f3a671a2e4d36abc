package org.openintl.platform.events;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
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
 * A local copy of another service's aggregates, built from their events: {@code {_id, sequence, state}}. An event
 * is applied only if its sequence is newer than the stored one, by a write guarded by that sequence, so concurrent
 * consumers (or instances) can never move a projection backwards. Its writes do not wait for the disk:
 * the consumer's checkpoint after each batch of events does ({@link EventCheckpoints}).
 */
public final class ProjectionStore<T> {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<BsonDocument> documents;
    private final MongoCollection<BsonDocument> unjournaled;
    private final Codec<T> codec;

    public ProjectionStore(MongoDatabase database, String collection, Class<T> type) {
        this.documents = database.getCollection(collection, BsonDocument.class);
        // events are applied in batches, and each batch ends with one durable write before its offsets are committed
        // (EventCheckpoints): a projection write need not wait for the disk itself
        this.unjournaled =
                documents.withWriteConcern(documents.getWriteConcern().withJournal(false));
        this.codec = documents.getCodecRegistry().get(type);
        documents.createIndex(Indexes.ascending("_id", "sequence"), new IndexOptions().unique(true));
    }

    /**
     * Applies the state carried by an event; returns whether it was newer than what was stored. One upsert guarded by
     * the sequence: it updates the stored copy if that is older, inserts it if there is none, and collides on
     * {@code _id} if the stored copy is as new or newer (an upsert whose guard does not match inserts, and that
     * insert finds the id taken). Only a collision costs a read: the stored sequence says whether the event was
     * stale, or whether another consumer inserted in between and the upsert is tried again. Every statement is one
     * that MongoDB and the test server answer from the {@code _id} index.
     */
    public boolean apply(UUID aggregateId, long sequence, T state) {
        SequenceRule.shouldApply(null, sequence);
        BsonDocument encoded = new BsonDocument();
        codec.encode(
                new BsonDocumentWriter(encoded), state, EncoderContext.builder().build());
        Bson olderOrAbsent = and(eq("_id", aggregateId), lt("sequence", sequence));
        Bson newState = Updates.combine(
                Updates.set("sequence", sequence),
                Updates.set("state", encoded),
                Updates.set("appliedAt", Instant.now()));
        while (true) {
            try {
                UpdateResult result = unjournaled.updateOne(olderOrAbsent, newState, UPSERT);
                return result.getMatchedCount() > 0 || result.getUpsertedId() != null;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                Optional<Long> stored = sequence(aggregateId);
                if (stored.isPresent() && !SequenceRule.shouldApply(stored.get(), sequence)) {
                    return false;
                }
            }
        }
    }

    /**
     * Applies the state an event carries under its own sequence, so that a handler can be {@code projection::apply};
     * returns whether it was newer than what was stored.
     */
    public boolean apply(ReceivedEvent event, UUID aggregateId, T state) {
        return apply(aggregateId, event.sequence(), state);
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

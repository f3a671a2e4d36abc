package org.openintl.platform.events;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;

/**
 * Where each consumer group has got to on each partition, written before the group's offsets are committed: one
 * durable write per batch of records ({@code event_checkpoints}, {@code _id} = group and partition). Writes made
 * while applying a batch may ask for no journal of their own ({@link ProjectionStore}): MongoDB's journal and the
 * embedded server's commits are in order, so this write makes every write before it durable. Operators read it to
 * see how far each consumer has applied a topic.
 */
public final class EventCheckpoints {

    static final String COLLECTION = "event_checkpoints";

    private final MongoCollection<BsonDocument> checkpoints;

    public EventCheckpoints(MongoDatabase database) {
        // the database's own write concern: durable on the embedded server, journaled where the URI asks for it
        this.checkpoints = database.getCollection(COLLECTION, BsonDocument.class);
    }

    /** Records the last of {@code applied} per partition; returns once that and every write before it is durable. */
    public void reached(String group, List<? extends ConsumerRecord<?, ?>> applied) {
        if (applied.isEmpty()) {
            return;
        }
        Map<TopicPartition, Long> last = new LinkedHashMap<>();
        applied.forEach(r -> last.merge(new TopicPartition(r.topic(), r.partition()), r.offset(), Math::max));
        BsonDateTime now = new BsonDateTime(Instant.now().toEpochMilli());
        List<WriteModel<BsonDocument>> writes = new ArrayList<>();
        last.forEach((partition, offset) -> {
            BsonString id = new BsonString(group + " " + partition);
            writes.add(new ReplaceOneModel<>(
                    new BsonDocument("_id", id),
                    new BsonDocument("_id", id)
                            .append("group", new BsonString(group))
                            .append("topic", new BsonString(partition.topic()))
                            .append("partition", new BsonInt32(partition.partition()))
                            .append("offset", new BsonInt64(offset))
                            .append("at", now),
                    new ReplaceOptions().upsert(true)));
        });
        checkpoints.bulkWrite(writes);
    }
}

package org.openintl.platform.deadletters;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;

/**
 * What became of each replay, kept in the service's own database ({@code dead_letter_replays}): Kafka cannot mark a
 * record on the dead-letter topic as dealt with, and "replay all" must not apply a settled record again.
 */
public final class DeadLetterReplays {

    private final MongoCollection<Document> replays;
    private final Clock clock;

    public DeadLetterReplays(MongoDatabase database, Clock clock) {
        this.replays = database.getCollection("dead_letter_replays");
        this.clock = clock;
    }

    /** The last replay of every dead letter of a topic, by dead-letter id. */
    public Map<String, DeadLetter.Replay> of(String topic) {
        Map<String, DeadLetter.Replay> result = new HashMap<>();
        replays.find(eq("topic", topic)).forEach(d -> result.put(d.getString("letter"), replay(d)));
        return result;
    }

    public DeadLetter.Replay record(String topic, String letter, DeadLetter.Outcome outcome, String detail) {
        var replay = new DeadLetter.Replay(outcome, detail, clock.instant());
        replays.replaceOne(
                eq("_id", topic + "/" + letter),
                new Document("_id", topic + "/" + letter)
                        .append("topic", topic)
                        .append("letter", letter)
                        .append("outcome", outcome.name())
                        .append("detail", detail)
                        .append("at", Date.from(replay.at())),
                new ReplaceOptions().upsert(true));
        return replay;
    }

    private static DeadLetter.Replay replay(Document d) {
        return new DeadLetter.Replay(
                DeadLetter.Outcome.valueOf(d.getString("outcome")),
                d.getString("detail"),
                d.getDate("at").toInstant());
    }
}

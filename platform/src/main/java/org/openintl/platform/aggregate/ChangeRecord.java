package org.openintl.platform.aggregate;

import java.time.Instant;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * One write of an aggregate, kept with it in {@code changes} (ADR 0482): who wrote, in
 * which request, the version it produced and the events it published. Written in the same update as the state, so
 * no write goes unrecorded; never part of an event.
 *
 * @param version the version the write produced (the ETag after it)
 * @param actor the token's {@code sub}; {@code system} for the service's own work (scans, consumed events)
 * @param requestId the {@code X-Request-Id} of the write; absent for the service's own work
 * @param events the types of the events the write published, in order (empty for a change nobody subscribes to)
 */
public record ChangeRecord(long version, Instant at, String actor, String requestId, List<String> events) {

    public ChangeRecord {
        events = events == null ? List.of() : List.copyOf(events);
    }

    BsonDocument toBson() {
        BsonDocument d = new BsonDocument("version", new BsonInt64(version))
                .append("at", new BsonDateTime(at.toEpochMilli()))
                .append("actor", new BsonString(actor));
        if (requestId != null) {
            d.append("requestId", new BsonString(requestId));
        }
        d.append(
                "events",
                new BsonArray(
                        events.stream().map(e -> (BsonValue) new BsonString(e)).toList()));
        return d;
    }

    static ChangeRecord fromBson(BsonDocument d) {
        return new ChangeRecord(
                d.getNumber("version").longValue(),
                Instant.ofEpochMilli(d.getDateTime("at").getValue()),
                d.getString("actor").getValue(),
                d.isString("requestId") ? d.getString("requestId").getValue() : null,
                d.getArray("events", new BsonArray()).stream()
                        .map(v -> v.asString().getValue())
                        .toList());
    }
}

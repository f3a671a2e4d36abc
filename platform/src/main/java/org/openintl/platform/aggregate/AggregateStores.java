package org.openintl.platform.aggregate;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.openintl.platform.events.EventChannel;
import org.openintl.platform.events.EventJson;
import org.openintl.platform.events.ProjectionStore;

/**
 * Makes a service's stores from the platform's beans, so that a service's configuration declares a store in one line
 * and never sees the driver: {@code stores.aggregate("Student", "students", Student.class)}. Declare each aggregate
 * store as a {@code @Bean}: the outbox relay publishes the events of every such bean.
 */
public final class AggregateStores {

    private final MongoDatabase database;
    private final EventChannel channel;
    private final EventJson json;
    private final PendingEventsSignal signal;
    private final Clock clock;

    public AggregateStores(
            MongoDatabase database, EventChannel channel, EventJson json, PendingEventsSignal signal, Clock clock) {
        this.database = database;
        this.channel = channel;
        this.json = json;
        this.signal = signal;
        this.clock = clock;
    }

    /** The store of one kind of aggregate in {@code collection}; {@code kind} names it in 404 answers. */
    public <T> AggregateStore<T> aggregate(String kind, String collection, Class<T> stateType) {
        return new AggregateStore<>(kind, database, collection, stateType, channel, json::write, signal, clock);
    }

    /** A projection of another service's aggregates, built from their events. */
    public <T> ProjectionStore<T> projection(String collection, Class<T> type) {
        return new ProjectionStore<>(database, collection, type);
    }
}

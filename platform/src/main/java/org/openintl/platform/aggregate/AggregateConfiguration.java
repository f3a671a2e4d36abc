package org.openintl.platform.aggregate;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.openintl.platform.events.EventChannel;
import org.openintl.platform.events.EventJson;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** The factory of a service's stores ({@link AggregateStores}). */
@AutoConfiguration
public class AggregateConfiguration {

    @Bean
    AggregateStores aggregateStores(
            MongoDatabase database,
            EventChannel channel,
            EventJson json,
            ObjectProvider<PendingEventsSignal> signal,
            Clock clock) {
        // without the relay (a test slice) nobody needs waking
        return new AggregateStores(database, channel, json, signal.getIfAvailable(() -> (store, id) -> {}), clock);
    }
}

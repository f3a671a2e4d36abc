package org.openintl.platform.sample;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.openintl.platform.aggregate.AggregateStore;
import org.openintl.platform.aggregate.PendingEventsSignal;
import org.openintl.platform.events.EventChannel;
import org.openintl.platform.events.EventJson;
import org.openintl.platform.events.ProjectionStore;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class SampleApplication {

    @Bean
    AggregateStore<Sample> samples(
            MongoDatabase db, EventChannel channel, EventJson json, PendingEventsSignal wakeup, Clock clock) {
        return new AggregateStore<>("Sample", db, "samples", Sample.class, channel, json::write, wakeup, clock);
    }

    @Bean
    ProjectionStore<SampleEvent> sampleProjection(MongoDatabase db) {
        return new ProjectionStore<>(db, "sample_projection", SampleEvent.class);
    }
}

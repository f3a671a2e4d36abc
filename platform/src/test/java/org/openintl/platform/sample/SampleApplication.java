package org.openintl.platform.sample;

import org.openintl.platform.aggregate.AggregateStore;
import org.openintl.platform.aggregate.AggregateStores;
import org.openintl.platform.events.ProjectionStore;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class SampleApplication {

    @Bean
    AggregateStore<Sample> samples(AggregateStores stores) {
        return stores.aggregate("Sample", "samples", Sample.class);
    }

    @Bean
    SampleFaults sampleFaults() {
        return new SampleFaults();
    }

    @Bean
    ProjectionStore<SampleEvent> sampleProjection(AggregateStores stores) {
        return stores.projection("sample_projection", SampleEvent.class);
    }
}

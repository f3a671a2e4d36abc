package org.openintl.platform.sample;

import com.mongodb.MongoSocketOpenException;
import com.mongodb.ServerAddress;
import java.util.concurrent.atomic.AtomicInteger;
import org.openintl.platform.events.EventSubscription;
import org.openintl.platform.events.ProjectionStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Projects the sample's own events back, as another service would; {@link SampleFaults} lets a test break it. */
@Configuration(proxyBeanMethods = false)
class SampleListener {

    static final String GROUP = "sample-projection";

    @Bean
    SampleFaults sampleFaults() {
        return new SampleFaults();
    }

    @Bean
    EventSubscription<SampleEvent> sampleEvents(ProjectionStore<SampleEvent> projection, SampleFaults faults) {
        return EventSubscription.on("platform.samples.v1")
                .group(GROUP)
                .from("/platform-sample")
                .types(type -> type.startsWith("intl.sample."))
                .apply(SampleEvent.class, (event, id, data) -> {
                    faults.attempts()
                            .computeIfAbsent(id, k -> new AtomicInteger())
                            .incrementAndGet();
                    if (faults.broken().contains(id)) {
                        throw new IllegalStateException("the sample consumer has a bug for " + id);
                    }
                    if (faults.databaseDown().contains(id)) {
                        throw new MongoSocketOpenException("Exception opening socket", new ServerAddress());
                    }
                    projection.apply(id, event.sequence(), data);
                });
    }
}

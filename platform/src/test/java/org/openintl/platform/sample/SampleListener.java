package org.openintl.platform.sample;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.openintl.platform.events.EventSubscription;
import org.openintl.platform.events.ProjectionStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Projects the sample's own events back, as another service would. {@link #broken} lets a test make the handler fail
 * for a subject (a bug in a consumer), and then fix it, to prove a dead letter can be replayed after a fix.
 */
@Configuration(proxyBeanMethods = false)
class SampleListener {

    static final String GROUP = "sample-projection";

    @Bean
    Set<UUID> broken() {
        return ConcurrentHashMap.newKeySet();
    }

    @Bean
    EventSubscription<SampleEvent> sampleEvents(ProjectionStore<SampleEvent> projection, Set<UUID> broken) {
        return EventSubscription.on("platform.samples.v1")
                .group(GROUP)
                .from("/platform-sample")
                .types(type -> type.startsWith("intl.sample."))
                .apply(SampleEvent.class, (event, id, data) -> {
                    if (broken.contains(id)) {
                        throw new IllegalStateException("the sample consumer has a bug for " + id);
                    }
                    projection.apply(id, event.sequence(), data);
                });
    }
}

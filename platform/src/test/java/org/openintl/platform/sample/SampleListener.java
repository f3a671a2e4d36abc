package org.openintl.platform.sample;

import org.openintl.platform.events.EventSubscription;
import org.openintl.platform.events.ProjectionStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Projects the sample's own events back, as another service would. */
@Configuration(proxyBeanMethods = false)
class SampleListener {

    static final String GROUP = "sample-projection";

    @Bean
    EventSubscription<SampleEvent> sampleEvents(ProjectionStore<SampleEvent> projection) {
        return EventSubscription.on("platform.samples.v1")
                .group(GROUP)
                .from("/platform-sample")
                .types(type -> type.startsWith("intl.sample."))
                .apply(SampleEvent.class, (event, id, data) -> projection.apply(id, event.sequence(), data));
    }
}

package org.openintl.platform.sample;

import com.mongodb.MongoSocketOpenException;
import com.mongodb.ServerAddress;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.openintl.platform.events.EventConsumer;
import org.openintl.platform.events.EventSubscription;
import org.openintl.platform.events.ProjectionStore;
import org.openintl.platform.events.ReceivedEvent;
import org.springframework.stereotype.Component;

/** Projects the sample's own events back, as another service would; {@link SampleFaults} lets a test break it. */
@Component
class SampleListener implements EventConsumer<SampleEvent> {

    static final String GROUP = "sample-projection";

    private final ProjectionStore<SampleEvent> projection;
    private final SampleFaults faults;

    SampleListener(ProjectionStore<SampleEvent> projection, SampleFaults faults) {
        this.projection = projection;
        this.faults = faults;
    }

    @Override
    public EventSubscription<SampleEvent> subscription() {
        return EventSubscription.on("platform.samples.v1")
                .group(GROUP)
                .from("/platform-sample")
                .typesStartingWith("intl.sample.")
                .apply(SampleEvent.class, this::apply);
    }

    private void apply(ReceivedEvent event, UUID id, SampleEvent data) {
        faults.attempts().computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        if (faults.broken().contains(id)) {
            throw new IllegalStateException("the sample consumer has a bug for " + id);
        }
        if (faults.databaseDown().contains(id)) {
            throw new MongoSocketOpenException("Exception opening socket", new ServerAddress());
        }
        projection.apply(event, id, data);
    }
}

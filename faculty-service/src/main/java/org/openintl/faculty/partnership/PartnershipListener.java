package org.openintl.faculty.partnership;

import java.util.UUID;
import org.openintl.platform.events.EventConsumer;
import org.openintl.platform.events.EventSubscription;
import org.openintl.platform.events.ProjectionStore;
import org.openintl.platform.events.ReceivedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the projection of partnerships. Every {@code intl.partnership.*.v1} event carries the whole partnership, so
 * applying the newest one is enough; stale and duplicate events change nothing. Whatever is malformed is dead-lettered
 * by the platform before it gets here.
 */
@Component
class PartnershipListener implements EventConsumer<PartnershipSnapshot> {

    private static final Logger log = LoggerFactory.getLogger(PartnershipListener.class);
    static final String TOPIC = "intl.partnerships.v1";
    static final String GROUP = "faculty-service.partnerships";

    private final ProjectionStore<PartnershipSnapshot> projection;

    PartnershipListener(ProjectionStore<PartnershipSnapshot> projection) {
        this.projection = projection;
    }

    @Override
    public EventSubscription<PartnershipSnapshot> subscription() {
        return EventSubscription.on(TOPIC)
                .group(GROUP)
                .from("/partnership-service")
                .typesStartingWith("intl.partnership.")
                .apply(PartnershipSnapshot.class, this::apply);
    }

    private void apply(ReceivedEvent event, UUID id, PartnershipSnapshot snapshot) {
        boolean applied = projection.apply(event, id, snapshot);
        log.debug("Partnership {} seq {} {}: {}", id, event.sequence(), event.type(), applied ? "applied" : "stale");
    }
}

package org.openintl.faculty.partnership;

import java.util.UUID;
import org.openintl.platform.events.EventConsumer;
import org.openintl.platform.events.EventSubscription;
import org.openintl.platform.events.ProjectionStore;
import org.openintl.platform.events.ReceivedEvent;
import org.springframework.stereotype.Component;

/**
 * Keeps the projection of partner institutions from the {@code intl.partner.*.v1} events on the same topic, in a
 * consumer group of its own: a staff trip's host may be a partner without any partnership.
 */
@Component
class PartnerListener implements EventConsumer<PartnerSnapshot> {

    static final String GROUP = "faculty-service.partners";

    private final ProjectionStore<PartnerSnapshot> projection;

    PartnerListener(ProjectionStore<PartnerSnapshot> projection) {
        this.projection = projection;
    }

    @Override
    public EventSubscription<PartnerSnapshot> subscription() {
        return EventSubscription.on(PartnershipListener.TOPIC)
                .group(GROUP)
                .from("/partnership-service")
                .typesStartingWith("intl.partner.")
                .apply(PartnerSnapshot.class, this::apply);
    }

    private void apply(ReceivedEvent event, UUID id, PartnerSnapshot snapshot) {
        projection.apply(event, id, snapshot);
    }
}

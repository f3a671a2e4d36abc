package org.openintl.news.partnership;

import java.util.UUID;
import org.openintl.platform.events.EventConsumer;
import org.openintl.platform.events.EventSubscription;
import org.openintl.platform.events.ProjectionStore;
import org.openintl.platform.events.ReceivedEvent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Projects {@code intl.partnership.*} events (the sequence rule makes redelivery harmless) and then tells the
 * observers about signings (live ones: a migrated signing is not news). Partner events on the topic are skipped; whatever is malformed or not from
 * partnership-service is dead-lettered by the platform before it gets here.
 */
@Component
class PartnershipListener implements EventConsumer<PartnershipSnapshot.EventData> {

    static final String TOPIC = "intl.partnerships.v1";
    static final String GROUP = "news-service.partnerships";
    static final String SIGNED = "intl.partnership.signed.v1";

    private final ProjectionStore<PartnershipSnapshot> projection;
    private final ObjectProvider<PartnershipSigned.Observer> observers;

    PartnershipListener(
            ProjectionStore<PartnershipSnapshot> projection, ObjectProvider<PartnershipSigned.Observer> observers) {
        this.projection = projection;
        this.observers = observers;
    }

    @Override
    public EventSubscription<PartnershipSnapshot.EventData> subscription() {
        return EventSubscription.on(TOPIC)
                .group(GROUP)
                .from("/partnership-service")
                .typesStartingWith("intl.partnership.")
                .apply(PartnershipSnapshot.EventData.class, this::apply);
    }

    private void apply(ReceivedEvent event, UUID id, PartnershipSnapshot.EventData data) {
        PartnershipSnapshot snapshot = PartnershipSnapshot.of(id, data);
        projection.apply(event, id, snapshot);
        // an agreement brought in as it was (migrated, docs/events.md) was signed long ago: projected, not news
        if (SIGNED.equals(event.type()) && !event.migrated()) {
            // not gated on apply(): a restart between projecting and drafting must still draft on redelivery
            PartnershipSigned signed = new PartnershipSigned(event.id(), event.type(), event.time(), snapshot);
            observers.orderedStream().forEach(o -> o.signed(signed));
        }
    }
}

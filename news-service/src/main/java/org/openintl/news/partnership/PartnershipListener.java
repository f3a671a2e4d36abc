package org.openintl.news.partnership;

import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.openintl.platform.events.CloudEventRecords;
import org.openintl.platform.events.EventJson;
import org.openintl.platform.events.InvalidEventException;
import org.openintl.platform.events.ProjectionStore;
import org.openintl.platform.events.ReceivedEvent;
import org.openintl.platform.tracing.TraceContext;
import org.openintl.platform.tracing.Traceparent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Projects {@code intl.partnership.*} events (the sequence rule makes redelivery harmless) and then tells the
 * observers about signings. Other types on the topic ({@code intl.partner.*}) are skipped, not dead-lettered.
 */
@Component
class PartnershipListener {

    static final String TOPIC = "intl.partnerships.v1";
    static final String SIGNED = "intl.partnership.signed.v1";
    private static final String PARTNERSHIP_TYPES = "intl.partnership.";

    private final ProjectionStore<PartnershipSnapshot> projection;
    private final EventJson json;
    private final ObjectProvider<PartnershipSigned.Observer> observers;

    PartnershipListener(
            ProjectionStore<PartnershipSnapshot> projection,
            EventJson json,
            ObjectProvider<PartnershipSigned.Observer> observers) {
        this.projection = projection;
        this.json = json;
        this.observers = observers;
    }

    @KafkaListener(topics = TOPIC, groupId = "news-service.partnerships")
    void on(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event = CloudEventRecords.fromRecord(record);
        if (event.type() == null || !event.type().startsWith(PARTNERSHIP_TYPES)) {
            return;
        }
        TraceContext.set(
                Traceparent.parse(event.traceparent()).map(Traceparent::child).orElseGet(Traceparent::newRoot));
        try {
            UUID id = id(event);
            PartnershipSnapshot snapshot =
                    PartnershipSnapshot.of(id, json.read(event, PartnershipSnapshot.EventData.class));
            projection.apply(id, event.sequence(), snapshot);
            if (SIGNED.equals(event.type())) {
                // not gated on apply(): a restart between projecting and drafting must still draft on redelivery
                PartnershipSigned signed = new PartnershipSigned(event.id(), event.type(), event.time(), snapshot);
                List<PartnershipSigned.Observer> all = observers.orderedStream().toList();
                all.forEach(o -> o.signed(signed));
            }
        } finally {
            TraceContext.clear();
        }
    }

    private static UUID id(ReceivedEvent event) {
        try {
            return UUID.fromString(event.subject());
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("event " + event.id() + " has a subject that is not a UUID", e);
        }
    }
}

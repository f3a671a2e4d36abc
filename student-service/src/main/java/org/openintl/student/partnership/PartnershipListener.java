package org.openintl.student.partnership;

import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.openintl.platform.events.CloudEventRecords;
import org.openintl.platform.events.EventJson;
import org.openintl.platform.events.InvalidEventException;
import org.openintl.platform.events.ProjectionStore;
import org.openintl.platform.events.ReceivedEvent;
import org.openintl.platform.tracing.TraceContext;
import org.openintl.platform.tracing.Traceparent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the projection of partnerships. Every {@code intl.partnership.*.v1} event carries the whole partnership, so
 * applying the newest one is enough; stale and duplicate events change nothing. Other types on the topic (partners)
 * are skipped, not dead-lettered.
 */
@Component
class PartnershipListener {

    private static final Logger log = LoggerFactory.getLogger(PartnershipListener.class);
    static final String TYPE_PREFIX = "intl.partnership.";
    static final String TYPE_SUFFIX = ".v1";

    private final ProjectionStore<PartnershipSnapshot> projection;
    private final EventJson json;
    private final ApplicationEventPublisher publisher;

    PartnershipListener(
            ProjectionStore<PartnershipSnapshot> projection, EventJson json, ApplicationEventPublisher publisher) {
        this.projection = projection;
        this.json = json;
        this.publisher = publisher;
    }

    @KafkaListener(topics = "${intl.students.partnerships-topic}", groupId = "student-service.partnerships")
    void on(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event = CloudEventRecords.fromRecord(record);
        if (event.type() == null
                || !event.type().startsWith(TYPE_PREFIX)
                || !event.type().endsWith(TYPE_SUFFIX)) {
            log.debug("Skipping {} {}: not a partnership event", event.type(), event.id());
            return;
        }
        UUID id;
        try {
            id = UUID.fromString(event.subject());
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("event " + event.id() + " has a subject that is not a UUID", e);
        }
        PartnershipSnapshot snapshot = json.read(event, PartnershipSnapshot.class);
        if (snapshot.status() == null) {
            throw new InvalidEventException("event " + event.id() + " carries no partnership status", null);
        }
        TraceContext.set(
                Traceparent.parse(event.traceparent()).map(Traceparent::child).orElseGet(Traceparent::newRoot));
        try {
            boolean applied = projection.apply(id, event.sequence(), snapshot);
            log.debug(
                    "Partnership {} seq {} {}: {}", id, event.sequence(), event.type(), applied ? "applied" : "stale");
            // reconcile even when stale: a crash after applying but before reacting is repaired by the redelivery
            String current =
                    projection.find(id).map(PartnershipSnapshot::status).orElse(snapshot.status());
            publisher.publishEvent(new PartnershipChanged(id, current));
        } finally {
            TraceContext.clear();
        }
    }
}

package org.openintl.platform.events;

import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.openintl.platform.tracing.TraceContext;
import org.openintl.platform.tracing.Traceparent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way a record becomes a fact in a consuming service. In order: the record must be a binary-mode CloudEvent
 * with a type and a positive sequence; its {@code ce_source} must be the one the subscription expects on that topic;
 * a type the subscription does not apply, or one this service has no schema for, is skipped (the contract lets
 * producers add types); the subject must be a UUID; the payload must be JSON valid against the type's schema and
 * name the subject as its {@code id}. Only then is the trace context restored and the handler run.
 *
 * <p>Whatever fails a check is an {@link InvalidEventException}: the error handler sends it to {@code <topic>-dlt}
 * at once, without retries, and counts it. Kafka listeners and the dead-letter replay both come through here, so a
 * replayed record meets exactly the checks of its first delivery.
 */
public final class EventIntake {

    private static final Logger log = LoggerFactory.getLogger(EventIntake.class);

    /** What became of a record that passed the checks. */
    public enum Outcome {
        APPLIED,
        SKIPPED
    }

    private final EventSchemaCatalog schemas;
    private final EventJson json;
    private final JsonMapper mapper;

    public EventIntake(EventSchemaCatalog schemas, EventJson json, JsonMapper mapper) {
        this.schemas = schemas;
        this.json = json;
        this.mapper = mapper;
    }

    public <T> Outcome accept(ConsumerRecord<String, byte[]> record, EventSubscription<T> subscription) {
        ReceivedEvent event = CloudEventRecords.fromRecord(record);
        if (!subscription.source().equals(event.source())) {
            throw invalid(
                    event,
                    "comes from " + event.source() + ", but " + subscription.topic() + " carries only "
                            + subscription.source() + "'s events");
        }
        if (!subscription.types().test(event.type()) || !schemas.knows(event.type())) {
            log.debug(
                    "Skipping {} {} on {}: not a type {} applies",
                    event.type(),
                    event.id(),
                    record.topic(),
                    subscription.group());
            return Outcome.SKIPPED;
        }
        UUID subject = subject(event);
        JsonNode payload = payload(event);
        List<String> violations = schemas.violations(event.type(), payload);
        if (!violations.isEmpty()) {
            throw invalid(event, "does not match the schema of its type: " + String.join("; ", violations));
        }
        JsonNode id = payload.get("id");
        if (id != null && !subject.toString().equals(id.asString())) {
            throw invalid(event, "names " + id.asString() + " as its id but " + subject + " as its subject");
        }
        T data = json.read(event, subscription.dataType());
        TraceContext.set(
                Traceparent.parse(event.traceparent()).map(Traceparent::child).orElseGet(Traceparent::newRoot));
        try {
            subscription.handler().apply(event, subject, data);
            return Outcome.APPLIED;
        } finally {
            TraceContext.clear();
        }
    }

    private static UUID subject(ReceivedEvent event) {
        try {
            UUID subject = UUID.fromString(event.subject());
            if (!subject.toString().equalsIgnoreCase(event.subject())) {
                throw new IllegalArgumentException("not in canonical form");
            }
            return subject;
        } catch (IllegalArgumentException e) {
            throw invalid(event, "has a subject that is not a UUID: " + event.subject());
        }
    }

    private JsonNode payload(ReceivedEvent event) {
        try {
            return mapper.readTree(event.data());
        } catch (JacksonException e) {
            throw invalid(event, "has data that is not JSON: " + e.getOriginalMessage());
        }
    }

    private static InvalidEventException invalid(ReceivedEvent event, String why) {
        return new InvalidEventException("event " + event.id() + " of type " + event.type() + " " + why, null);
    }
}

package org.openintl.platform.events;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Translates between outbox entries, Kafka records and received events with the CloudEvents SDK, which writes and
 * reads the {@code ce_*} headers of the binary content mode.
 */
public final class CloudEventRecords {

    public static final String SEQUENCE = "sequence";
    public static final String TRACEPARENT = "traceparent";
    /** Extension attribute set to {@code true} on the events of a record brought in as it was (docs/events.md). */
    public static final String MIGRATED = "migrated";

    private static final String JSON = "application/json";

    private CloudEventRecords() {}

    /** The record for one outbox entry: keyed by the aggregate id so one aggregate's events stay in order. */
    public static ProducerRecord<String, byte[]> toRecord(EventChannel channel, UUID aggregateId, OutboxEntry entry) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(entry.id().toString())
                .withSource(channel.source())
                .withType(entry.type())
                .withTime(entry.time().atOffset(ZoneOffset.UTC))
                .withSubject(aggregateId.toString())
                .withDataContentType(JSON)
                .withExtension(SEQUENCE, Long.toString(entry.sequence()))
                .withData(JSON, entry.payload().getBytes(StandardCharsets.UTF_8));
        if (entry.isMigrated()) {
            // live changes carry no such attribute at all, so existing subscribers see nothing new for them
            builder.withExtension(MIGRATED, true);
        }
        CloudEvent event = builder.build();
        ProducerRecord<String, byte[]> record = KafkaMessageFactory.createWriter(
                        channel.topic(), aggregateId.toString())
                .writeBinary(event);
        if (entry.traceparent() != null) {
            record.headers().add(TRACEPARENT, entry.traceparent().getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    /**
     * Reads a record written in binary mode.
     *
     * @throws InvalidEventException when the record is not a CloudEvent with a positive {@code sequence}
     */
    public static ReceivedEvent fromRecord(ConsumerRecord<String, byte[]> record) {
        CloudEvent event;
        try {
            event = KafkaMessageFactory.createReader(record.headers(), record.value())
                    .toEvent();
        } catch (RuntimeException e) {
            throw new InvalidEventException("not a binary-mode CloudEvent: " + e.getMessage(), e);
        }
        Object sequence = event.getExtension(SEQUENCE);
        long seq;
        try {
            seq = sequence == null ? 0 : Long.parseLong(sequence.toString());
        } catch (NumberFormatException e) {
            seq = 0;
        }
        if (seq <= 0) {
            throw new InvalidEventException("event " + event.getId() + " has no positive sequence", null);
        }
        if (event.getSubject() == null || event.getData() == null) {
            throw new InvalidEventException("event " + event.getId() + " has no subject or no data", null);
        }
        Header trace = record.headers().lastHeader(TRACEPARENT);
        return new ReceivedEvent(
                event.getId(),
                event.getType(),
                event.getSource().toString(),
                event.getSubject(),
                seq,
                event.getTime() == null ? null : event.getTime().toInstant(),
                trace == null ? null : new String(trace.value(), StandardCharsets.UTF_8),
                event.getData().toBytes(),
                Boolean.parseBoolean(String.valueOf(event.getExtension(MIGRATED))));
    }
}

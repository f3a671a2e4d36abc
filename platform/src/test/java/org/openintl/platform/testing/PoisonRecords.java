package org.openintl.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.openintl.platform.events.CloudEventRecords;
import org.openintl.platform.events.EventChannel;
import org.openintl.platform.events.OutboxEntry;

/**
 * Records a consumer must never apply, each keyed by its own UUID so it can be found on {@code <topic>-dlt}: what an
 * attacker with write access to a topic, or a broken producer, would send. The first is the one that once became a
 * "signing" in news-service: valid CloudEvents headers, a payload missing the required fields.
 *
 * @param name what is wrong with it
 * @param key the record key, the subject the record claims
 * @param record the record to send
 */
public record PoisonRecords(String name, String key, ProducerRecord<String, byte[]> record) {

    /**
     * The five kinds for a topic: missing required fields, no {@code ce_type}, a subject that is not a UUID, a
     * foreign {@code ce_source}, data that is not JSON. {@code validPayload} makes a schema-valid payload for a
     * subject, so that the foreign source is refused for its source alone.
     */
    public static List<PoisonRecords> all(
            EventChannel producer, String type, java.util.function.Function<UUID, String> validPayload) {
        return List.of(
                of("missing required fields", producer, type, id -> "{\"note\":\"made up\"}", r -> r),
                of("no ce_type", producer, type, validPayload, r -> without(r, "ce_type")),
                of("subject not a UUID", producer, type, validPayload, r -> replaced(r, "ce_subject", "not-a-uuid")),
                of("foreign ce_source", EventChannel.of("/x", producer.topic()), type, validPayload, r -> r),
                of("data not JSON", producer, type, id -> "{\"id\": \"" + id + "\", ", r -> r));
    }

    private static PoisonRecords of(
            String name,
            EventChannel channel,
            String type,
            java.util.function.Function<UUID, String> payload,
            UnaryOperator<ProducerRecord<String, byte[]>> spoil) {
        UUID id = UUID.randomUUID();
        var entry = new OutboxEntry(UUID.randomUUID(), type, 1, Instant.now(), null, payload.apply(id));
        return new PoisonRecords(name, id.toString(), spoil.apply(CloudEventRecords.toRecord(channel, id, entry)));
    }

    private static ProducerRecord<String, byte[]> without(ProducerRecord<String, byte[]> r, String header) {
        r.headers().remove(header);
        return r;
    }

    private static ProducerRecord<String, byte[]> replaced(ProducerRecord<String, byte[]> r, String header, String v) {
        r.headers().remove(header);
        r.headers().add(header, v.getBytes(StandardCharsets.UTF_8));
        return r;
    }

    /**
     * Waits until every record is on {@code <topic>-dlt}, written there by {@code group}, and returns them by key.
     */
    public static Map<String, ConsumerRecord<String, byte[]>> awaitDeadLettered(
            String bootstrap, String topic, String group, List<PoisonRecords> poison) {
        try (var dlt = new TopicProbe(bootstrap, topic + "-dlt")) {
            List<String> keys = poison.stream().map(PoisonRecords::key).toList();
            var found = await().atMost(Duration.ofSeconds(60))
                    .until(
                            () -> dlt.poll().stream()
                                    .filter(r -> keys.contains(r.key()))
                                    .filter(r -> group.equals(header(r, "kafka_dlt-original-consumer-group")))
                                    .collect(java.util.stream.Collectors.toMap(
                                            ConsumerRecord::key, r -> r, (a, b) -> a)),
                            m -> m.size() == keys.size());
            found.values().forEach(r -> {
                assertThat(header(r, "kafka_dlt-original-topic")).isEqualTo(topic);
                assertThat(r.headers().lastHeader("kafka_dlt-original-offset")).isNotNull();
                assertThat(header(r, "kafka_dlt-exception-fqcn")).isNotBlank();
            });
            return found;
        }
    }

    /** The value of {@code intl_events_dead_lettered_total} for a topic in a Prometheus scrape, 0 when absent. */
    public static double deadLetteredCount(String prometheus, String topic) {
        Matcher m = Pattern.compile("intl_events_dead_lettered_total\\{[^}]*topic=\"" + Pattern.quote(topic)
                        + "\"[^}]*} ([0-9.eE+]+)")
                .matcher(prometheus);
        double total = 0;
        while (m.find()) {
            total += Double.parseDouble(m.group(1));
        }
        return total;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}

package org.openintl.platform.deadletters;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Reads {@code <topic>-dlt} from the beginning to its end without a consumer group (nothing is committed, every
 * reading sees everything) and keeps the records one consumer group dead-lettered: the recoverer writes the group
 * into each dead letter's headers, and two services consume the same topics.
 */
public final class DeadLetterTopic {

    static final String SUFFIX = "-dlt";
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration MAX_READ = Duration.ofSeconds(10);

    private final ConsumerFactory<String, byte[]> consumers;

    public DeadLetterTopic(ConsumerFactory<String, byte[]> consumers) {
        this.consumers = consumers;
    }

    /** A dead letter and the record as it was first read, ready to be replayed. */
    public record Entry(DeadLetter letter, ConsumerRecord<String, byte[]> original) {}

    public List<Entry> read(String topic, String group) {
        String dlt = topic + SUFFIX;
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
        List<Entry> entries = new ArrayList<>();
        try (Consumer<String, byte[]> consumer = consumers.createConsumer(null, "dead-letters", null, overrides)) {
            List<PartitionInfo> infos = consumer.partitionsFor(dlt, Duration.ofSeconds(5));
            if (infos == null || infos.isEmpty()) {
                return entries;
            }
            List<TopicPartition> partitions = infos.stream()
                    .map(p -> new TopicPartition(dlt, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(5));
            Instant deadline = Instant.now().plus(MAX_READ);
            while (!readToEnd(consumer, ends)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("could not read " + dlt + " to its end within " + MAX_READ);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    if (record.offset() < ends.get(new TopicPartition(dlt, record.partition()))
                            && group.equals(text(record, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP))) {
                        entries.add(entry(record, topic));
                    }
                }
            }
        }
        entries.sort(java.util.Comparator.comparing((Entry e) -> e.letter().deadLetteredAt())
                .thenComparing(e -> e.letter().id()));
        return entries;
    }

    private static boolean readToEnd(Consumer<String, byte[]> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static Entry entry(ConsumerRecord<String, byte[]> record, String topic) {
        String originalTopic = text(record, KafkaHeaders.DLT_ORIGINAL_TOPIC);
        Long partitionNumber = number(record, KafkaHeaders.DLT_ORIGINAL_PARTITION);
        Integer partition = partitionNumber == null ? null : Math.toIntExact(partitionNumber);
        Long offset = number(record, KafkaHeaders.DLT_ORIGINAL_OFFSET);
        DeadLetter letter = new DeadLetter(
                record.partition() + "-" + record.offset(),
                record.key(),
                originalTopic == null ? topic : originalTopic,
                partition,
                offset,
                text(record, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP),
                cause(record),
                text(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE),
                Instant.ofEpochMilli(record.timestamp()),
                text(record, "ce_id"),
                text(record, "ce_type"),
                text(record, "ce_subject"),
                null);
        RecordHeaders headers = new RecordHeaders();
        for (Header h : record.headers()) {
            if (!h.key().startsWith("kafka_dlt-")) {
                headers.add(h);
            }
        }
        var original = new ConsumerRecord<>(
                letter.originalTopic(),
                partition == null ? -1 : partition,
                offset == null ? -1 : offset,
                record.timestamp(),
                TimestampType.CREATE_TIME,
                ConsumerRecord.NULL_SIZE,
                ConsumerRecord.NULL_SIZE,
                record.key(),
                record.value(),
                headers,
                java.util.Optional.empty());
        return new Entry(letter, original);
    }

    /** The innermost exception class the recoverer recorded: the listener's wrapper says little. */
    private static String cause(ConsumerRecord<String, byte[]> record) {
        String cause = text(record, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN);
        return cause != null ? cause : text(record, KafkaHeaders.DLT_EXCEPTION_FQCN);
    }

    private static String text(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** The recoverer writes partitions as 4-byte and offsets as 8-byte big-endian numbers. */
    private static Long number(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        if (h == null) {
            return null;
        }
        ByteBuffer bytes = ByteBuffer.wrap(h.value());
        return switch (h.value().length) {
            case Integer.BYTES -> (long) bytes.getInt();
            case Long.BYTES -> bytes.getLong();
            default -> null;
        };
    }
}

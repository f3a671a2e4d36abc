package org.openintl.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openintl.platform.events.CloudEventRecords;
import org.openintl.platform.events.EventChannel;
import org.openintl.platform.events.OutboxEntry;
import org.openintl.platform.events.ProjectionStore;
import org.openintl.platform.testing.EmbeddedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * A group's checkpoint in {@code event_checkpoints} moves with the records it applies: a poll that applied one is
 * made durable before its offsets are committed; a poll of records the group only skips (types it does not apply)
 * commits its offsets without writing a checkpoint, since it wrote nothing to make durable.
 */
@ExtendWith(EmbeddedInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CheckpointsIntegrationTest {

    private static final String TOPIC = "platform.samples.v1";
    private static final EventChannel PRODUCER = EventChannel.of("/platform-sample", TOPIC);
    private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    ProjectionStore<SampleEvent> projection;

    @Autowired
    MongoDatabase database;

    @Test
    void aPollOfSkippedRecordsCommitsItsOffsetsWithoutACheckpointAndTheNextAppliedRecordMovesIt() throws Exception {
        UUID applied = UUID.randomUUID();
        long appliedOffset = send(applied, "intl.sample.done.v1");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> projection.find(applied).isPresent());
        await().atMost(Duration.ofSeconds(10)).until(() -> checkpointOffset() >= appliedOffset);
        assertThat(checkpointOffset()).isEqualTo(appliedOffset);

        // another aggregate's event on the same topic: the sample's group does not apply it
        long skippedOffset = send(UUID.randomUUID(), "intl.other.done.v1");
        await().atMost(Duration.ofSeconds(30)).until(() -> committedOffset() > skippedOffset);
        assertThat(checkpointOffset()).isEqualTo(appliedOffset);

        UUID next = UUID.randomUUID();
        long nextOffset = send(next, "intl.sample.done.v1");
        await().atMost(Duration.ofSeconds(30)).until(() -> projection.find(next).isPresent());
        await().atMost(Duration.ofSeconds(10)).until(() -> checkpointOffset() >= nextOffset);
        assertThat(checkpointOffset()).isEqualTo(nextOffset);
    }

    private long send(UUID subject, String type) throws Exception {
        String json = "{\"id\":\"" + subject + "\",\"status\":\"DONE\",\"title\":\"Exchange with Almaty\"}";
        ProducerRecord<String, byte[]> r = CloudEventRecords.toRecord(
                PRODUCER, subject, new OutboxEntry(UUID.randomUUID(), type, 1, Instant.now(), null, json));
        return kafka.send(new ProducerRecord<>(TOPIC, 0, r.key(), r.value(), r.headers()))
                .get()
                .getRecordMetadata()
                .offset();
    }

    private long checkpointOffset() {
        Document checkpoint = database.getCollection("event_checkpoints")
                .find(Filters.eq("_id", SampleListener.GROUP + " " + PARTITION))
                .first();
        return checkpoint == null ? -1 : checkpoint.getLong("offset");
    }

    /** The group's committed offset: the next record it will read. */
    private long committedOffset() throws Exception {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.kafkaBootstrap());
        try (Admin admin = Admin.create(config)) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(SampleListener.GROUP)
                    .partitionsToOffsetAndMetadata()
                    .get();
            OffsetAndMetadata offset = offsets.get(PARTITION);
            return offset == null ? -1 : offset.offset();
        }
    }
}

package org.openintl.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openintl.platform.aggregate.AggregateStore;
import org.openintl.platform.aggregate.Change;
import org.openintl.platform.aggregate.PendingEvent;
import org.openintl.platform.events.EventChannel;
import org.openintl.platform.mongo.MongoSettings;
import org.openintl.platform.testing.EmbeddedInfrastructure;
import org.openintl.platform.testing.TopicProbe;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Two instances of a service, each with its own relay, writing the same aggregates in turn (ADR 0573): every event
 * reaches the topic exactly once and each aggregate's events in sequence order, because one relay at a time holds a
 * document's claim.
 */
@ExtendWith(EmbeddedInfrastructure.class)
class TwoRelaysIntegrationTest {

    public record Item(UUID id, int n) {}

    private static final int AGGREGATES = 20;
    private static final int UPDATES = 15;

    private final List<OutboxRelay> relays = new ArrayList<>();
    private MongoClient client;

    @AfterEach
    void stop() {
        relays.forEach(OutboxRelay::stop);
        if (client != null) {
            client.close();
        }
    }

    @Test
    void twoInstancesPublishEveryEventOnceAndInOrder() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        EventChannel channel = EventChannel.of("/two-relays", "two-relays." + run + ".v1");
        client = MongoClients.create(MongoSettings.configure(EmbeddedInfrastructure.mongoUri()));
        MongoDatabase db = client.getDatabase("two-relays-" + run);
        AggregateStore<Item> first = instance(db, channel);
        AggregateStore<Item> second = instance(db, channel);

        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < AGGREGATES; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            first.create(id, Change.of(new Item(id, 0), new PendingEvent("item.created", new Item(id, 0))));
        }
        for (int round = 1; round <= UPDATES; round++) {
            for (UUID id : ids) {
                AggregateStore<Item> writer = round % 2 == 0 ? first : second;
                Item next = new Item(id, round);
                writer.update(id, round, Change.of(next, new PendingEvent("item.changed", next)));
            }
        }

        try (TopicProbe probe = new TopicProbe(EmbeddedInfrastructure.kafkaBootstrap(), channel.topic())) {
            List<ConsumerRecord<String, byte[]>> records = await("every event on the topic")
                    .atMost(Duration.ofMinutes(1))
                    .until(probe::poll, r -> r.size() >= AGGREGATES * (UPDATES + 1));
            Map<String, List<Long>> sequences = new LinkedHashMap<>();
            for (ConsumerRecord<String, byte[]> r : records) {
                long sequence = Long.parseLong(
                        new String(r.headers().lastHeader("ce_sequence").value(), StandardCharsets.UTF_8));
                sequences.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(sequence);
            }
            List<Long> expected = LongStream.rangeClosed(1, UPDATES + 1).boxed().toList();
            assertThat(sequences).hasSize(AGGREGATES);
            sequences.forEach((key, seen) -> assertThat(seen).as(key).isEqualTo(expected));
        }
    }

    /** One instance: its own store object, wakeup and relay, on the shared collection and topic. */
    private AggregateStore<Item> instance(MongoDatabase db, EventChannel channel) {
        OutboxWakeup wakeup = new OutboxWakeup();
        AggregateStore<Item> store = new AggregateStore<>(
                "Item",
                db,
                "items",
                Item.class,
                channel,
                o -> "{\"n\":" + ((Item) o).n() + "}",
                wakeup,
                Clock.systemUTC());
        KafkaTemplate<String, byte[]> kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        EmbeddedInfrastructure.kafkaBootstrap(),
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true),
                new StringSerializer(),
                new ByteArraySerializer()));
        OutboxRelay relay = new OutboxRelay(
                List.of(store),
                kafka,
                wakeup,
                new OutboxProperties(
                        Duration.ofMillis(200),
                        Duration.ofSeconds(30),
                        500,
                        Duration.ofSeconds(30),
                        Duration.ofSeconds(1),
                        true,
                        Duration.ofSeconds(45)),
                Clock.systemUTC(),
                new SimpleMeterRegistry());
        relay.start();
        relays.add(relay);
        return store;
    }
}

package org.openintl.platform.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.openintl.platform.aggregate.AggregateStore;
import org.openintl.platform.aggregate.Change;
import org.openintl.platform.aggregate.PendingEvent;
import org.openintl.platform.events.CloudEventRecords;
import org.openintl.platform.events.EventChannel;
import org.openintl.platform.events.OutboxEntry;
import org.openintl.platform.mongo.MongoSettings;
import org.openintl.platform.outbox.OutboxProperties;
import org.openintl.platform.outbox.OutboxRelay;
import org.openintl.platform.outbox.OutboxWakeup;
import org.openintl.platform.testing.EmbeddedInfrastructure;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * How fast a write and its event get through the outbox, beside the baseline of sending the same CloudEvents
 * straight to Kafka. Run: {@code ./mvnw -q -o -pl platform test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=org.openintl.platform.bench.OutboxBenchmark [-Dexec.args=5000]}.
 */
public final class OutboxBenchmark {

    public record Item(UUID id, String name, int n) {}

    public static void main(String[] args) {
        int status = 0;
        try {
            run(args.length > 0 ? Integer.parseInt(args[0]) : 5_000);
        } catch (RuntimeException e) {
            e.printStackTrace();
            status = 1;
        }
        // the embedded broker's threads would keep the JVM alive
        System.exit(status);
    }

    private static void run(int count) {
        String bootstrap = EmbeddedInfrastructure.kafkaBootstrap();
        KafkaTemplate<String, byte[]> kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true),
                new StringSerializer(),
                new ByteArraySerializer()));
        try (MongoClient client = MongoClients.create(MongoSettings.configure(EmbeddedInfrastructure.mongoUri()))) {
            MongoDatabase db = client.getDatabase("bench");
            EventChannel channel = EventChannel.of("/bench", "bench.items.v1");
            OutboxWakeup wakeup = new OutboxWakeup();
            var store = new AggregateStore<>(
                    "Item",
                    db,
                    "items",
                    Item.class,
                    channel,
                    o -> "{\"n\":" + ((Item) o).n() + "}",
                    wakeup,
                    Clock.systemUTC());
            var relay = new OutboxRelay(
                    List.of(store),
                    kafka,
                    wakeup,
                    new OutboxProperties(
                            Duration.ofSeconds(1),
                            Duration.ofSeconds(30),
                            200,
                            Duration.ofSeconds(30),
                            Duration.ofSeconds(5),
                            false,
                            Duration.ofSeconds(45)),
                    Clock.systemUTC(),
                    new SimpleMeterRegistry());
            warmUp(kafka, channel);

            long t0 = System.nanoTime();
            List<CompletableFuture<?>> sends = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                var entry = new OutboxEntry(
                        UUID.randomUUID(),
                        "bench.item.created.v1",
                        1,
                        java.time.Instant.now(),
                        null,
                        "{\"n\":" + i + "}");
                sends.add(kafka.send(CloudEventRecords.toRecord(channel, id, entry)));
            }
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
            double direct = seconds(t0);

            long t1 = System.nanoTime();
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                store.create(
                        id,
                        Change.of(
                                new Item(id, "item " + i, i),
                                new PendingEvent("bench.item.created.v1", new Item(id, "item " + i, i))));
            }
            double writes = seconds(t1);
            long t2 = System.nanoTime();
            while (relay.publishOnce()) {
                // drains full batches until the outbox is empty
            }
            double relayed = seconds(t2);

            System.out.printf("events: %d%n", count);
            System.out.printf(
                    "baseline  direct Kafka send (acks=all, idempotent): %8.0f events/s (%.2f s)%n",
                    count / direct, direct);
            System.out.printf(
                    "outbox    guarded write with event in document:      %8.0f writes/s (%.2f s)%n",
                    count / writes, writes);
            System.out.printf(
                    "outbox    relay publish + acknowledge + remove:      %8.0f events/s (%.2f s)%n",
                    count / relayed, relayed);
            System.out.printf(
                    "outbox    end to end:                                %8.0f events/s (%.2f s)%n",
                    count / (writes + relayed), writes + relayed);
        }
        kafka.destroy();
    }

    private static void warmUp(KafkaTemplate<String, byte[]> kafka, EventChannel channel) {
        var entry = new OutboxEntry(UUID.randomUUID(), "bench.warmup.v1", 1, java.time.Instant.now(), null, "{}");
        kafka.send(CloudEventRecords.toRecord(channel, UUID.randomUUID(), entry))
                .join();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}

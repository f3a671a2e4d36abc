package org.openintl.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.openintl.localstack.StackService;

/**
 * The outbox relay against its baseline, a bare idempotent producer with the services' settings sending to the same
 * broker; then the delay from a write to its event on the topic at fixed write rates.
 */
final class OutboxScenario {

    static final String TOPIC = "intl.partnerships.v1";

    /** About a partner event's payload and CloudEvents headers, so that the bare producer sends as many bytes. */
    private static final int EVENT_BYTES = 700;

    private OutboxScenario() {}

    static List<Table> run(BenchStack bench, BenchOptions options) {
        Api direct = bench.service(StackService.PARTNERSHIP);
        String bootstrap = bench.stack.kafkaBootstrap();
        List<Table> tables = new ArrayList<>();
        try (TopicWatch watch = new TopicWatch(bootstrap, TOPIC)) {
            // one write first: the topic exists and the watch is assigned before the broker stops
            direct.call(direct.postJson("/api/partners", Bodies.partner()));
            watch.awaitCount(1, Duration.ofSeconds(30));

            int events = (int) Math.max(2_000, 300 * options.duration().toSeconds());
            double raw = rawProducer(bootstrap, events, EVENT_BYTES);
            double relay = relayCatchUp(bench, direct, watch, events);
            tables.add(new Table(
                            "Outbox relay vs a bare idempotent producer (same broker, same settings, %d events)"
                                    .formatted(events),
                            "publisher",
                            "events/s",
                            "relay/producer")
                    .row("bare idempotent producer (acks=all), sends all then waits", raw, "")
                    .row(
                            "outbox relay working off a backlog (broker stopped during the writes)",
                            relay,
                            Table.ratio(relay, raw)));

            Table delay = new Table(
                    "Outbox delay (write to event on the topic) at fixed write rates, POST /api/partners direct, %d s each"
                            .formatted(options.duration().toSeconds()),
                    "writes/s asked",
                    "writes/s done",
                    "HTTP p50 ms",
                    "HTTP p99 ms",
                    "delay p50 ms",
                    "delay p99 ms",
                    "delay max ms",
                    "errors",
                    "events seen");
            Table cpu = null;
            // the backlog's events applied by every consumer first, then the stack's own CPU at rest as the baseline
            ConsumersCaughtUp.await(bootstrap, Duration.ofMinutes(3));
            ProcessCpu.AtRest rest = ProcessCpu.atRest(bench.stack, options.warmUp());
            for (int rate : options.writeRates()) {
                ConsumersCaughtUp.await(bootstrap, Duration.ofMinutes(3));
                watch.reset();
                ProcessCpu before = ProcessCpu.now(bench.stack);
                LoadResult r = OpenLoad.http(
                        direct, () -> direct.postJson("/api/partners", Bodies.partner()), rate, options.duration());
                watch.awaitCount(r.ok(), Duration.ofMinutes(2));
                if (cpu == null) {
                    cpu = ProcessCpu.now(bench.stack)
                            .perUnit(
                                    before,
                                    r.ok(),
                                    rest,
                                    "CPU per partner written at %d writes/s, by process, until its event was on the topic"
                                            .formatted(rate),
                                    "write");
                }
                Histogram d = watch.delays();
                delay.row(
                        rate,
                        r.ok() / (double) options.duration().toSeconds(),
                        Table.ms(r.percentileMillis(50)),
                        Table.ms(r.percentileMillis(99)),
                        d.getValueAtPercentile(50),
                        d.getValueAtPercentile(99),
                        d.getMaxValue(),
                        r.failed(),
                        watch.count() + "/" + r.ok());
            }
            tables.add(delay);
            if (cpu != null) {
                tables.add(cpu);
            }
        }
        return tables;
    }

    private static double rawProducer(String bootstrap, int events, int size) {
        String topic = "bench.raw-producer." + UUID.randomUUID();
        Properties admin = new Properties();
        admin.put("bootstrap.servers", bootstrap);
        try (Admin a = Admin.create(admin)) {
            a.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        } catch (Exception e) {
            throw new IllegalStateException("could not create " + topic, e);
        }
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        // the services' producer settings (platform-defaults.yml)
        p.putAll(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5",
                ProducerConfig.LINGER_MS_CONFIG, "0"));
        byte[] payload = "x".repeat(size).getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
            // warm-up: metadata, connections, the producer id
            producer.send(new ProducerRecord<>(topic, "warm-up", payload)).get();
            long start = System.nanoTime();
            List<Future<?>> sent = new ArrayList<>(events);
            for (int i = 0; i < events; i++) {
                sent.add(producer.send(
                        new ProducerRecord<>(topic, UUID.randomUUID().toString(), payload)));
            }
            for (Future<?> f : sent) {
                f.get();
            }
            return events / ((System.nanoTime() - start) / 1e9);
        } catch (Exception e) {
            throw new IllegalStateException("the bare producer failed", e);
        }
    }

    /**
     * Stops the broker, writes {@code events} partners (one event each), starts the broker and measures how fast the
     * relay puts the backlog on the topic: from the first to the last arrival.
     */
    private static double relayCatchUp(BenchStack bench, Api direct, TopicWatch watch, int events) {
        bench.stack.stopBroker();
        LoadResult writes;
        try {
            writes = ClosedLoad.runCount(direct, () -> direct.postJson("/api/partners", Bodies.partner()), 8, events);
        } finally {
            watch.reset();
            bench.stack.startBroker();
        }
        if (!watch.awaitCount(writes.ok(), Duration.ofMinutes(3))) {
            System.err.printf("[bench] only %d of %d backlog events arrived%n", watch.count(), writes.ok());
        }
        return watch.count() / (Math.max(1, watch.spanMillis()) / 1000.0);
    }
}

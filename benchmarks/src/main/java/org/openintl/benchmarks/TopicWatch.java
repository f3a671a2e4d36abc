package org.openintl.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A subscriber of one topic from its current end: counts the events that arrive and records each one's delay, from
 * the write that produced it (its CloudEvents {@code time}, set by the service when it stored the change) to its
 * arrival here. The bench and the services share the machine's clock.
 */
final class TopicWatch implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private volatile Recorder delays = new Recorder(3);
    private final AtomicLong count = new AtomicLong();
    private final AtomicLong firstArrival = new AtomicLong();
    private final AtomicLong lastArrival = new AtomicLong();
    private volatile boolean running = true;

    TopicWatch(String bootstrap, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, "1");
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "50");
        p.put(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
        consumer = new KafkaConsumer<>(p);
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(i -> new TopicPartition(topic, i.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        thread = new Thread(this::loop, "topic-watch-" + topic);
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.currentTimeMillis();
                    firstArrival.compareAndSet(0, now);
                    lastArrival.set(now);
                    Header time = r.headers().lastHeader("ce_time");
                    if (time != null) {
                        long written = OffsetDateTime.parse(new String(time.value(), StandardCharsets.UTF_8))
                                .toInstant()
                                .toEpochMilli();
                        delays.recordValue(Math.max(0, now - written));
                    }
                    count.incrementAndGet();
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    /** Starts counting afresh. */
    void reset() {
        delays = new Recorder(3);
        count.set(0);
        firstArrival.set(0);
        lastArrival.set(0);
    }

    long count() {
        return count.get();
    }

    /** Milliseconds from the first to the last arrival since the last reset. */
    long spanMillis() {
        return lastArrival.get() - firstArrival.get();
    }

    /** Delays in milliseconds since the last reset. */
    Histogram delays() {
        return delays.getIntervalHistogram();
    }

    /** Waits until {@code expected} events arrived since the last reset; returns whether they did in time. */
    boolean awaitCount(long expected, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count.get() < expected && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return count.get() >= expected;
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

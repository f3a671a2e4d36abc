package org.openintl.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openintl.platform.aggregate.PendingEvents;
import org.openintl.platform.aggregate.PendingEvents.Claimed;
import org.openintl.platform.aggregate.PendingEvents.PendingDocument;
import org.openintl.platform.events.CloudEventRecords;
import org.openintl.platform.events.OutboxEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Publishes what the aggregate stores put in their outboxes. An event is removed only after the broker acknowledged
 * it (idempotent producer, {@code acks=all}), so a crash in between yields a duplicate, never a loss. While the broker
 * is unreachable the relay backs off and retries; writes keep being accepted meanwhile because they never wait for it.
 */
public final class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final List<PendingEvents> stores;
    private final KafkaTemplate<String, byte[]> kafka;
    private final OutboxWakeup wakeup;
    private final OutboxProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    private final AtomicLong pendingDocuments = new AtomicLong();
    /** Names this relay in its claims on documents: one instance's relay at a time publishes a document (ADR 0573). */
    private final String relayId = UUID.randomUUID().toString();

    private final Map<String, Counter> publishedByTopic = new ConcurrentHashMap<>();
    private final Map<String, Counter> failuresByTopic = new ConcurrentHashMap<>();
    private final Map<String, Timer> delayByTopic = new ConcurrentHashMap<>();
    private volatile Thread worker;
    private volatile boolean running;
    /** Starts due: events left by a previous run are published at start-up. */
    private volatile Instant nextFullScan = Instant.MIN;

    public OutboxRelay(
            List<PendingEvents> stores,
            KafkaTemplate<String, byte[]> kafka,
            OutboxWakeup wakeup,
            OutboxProperties properties,
            Clock clock,
            MeterRegistry meters) {
        this.stores = List.copyOf(stores);
        this.kafka = kafka;
        this.wakeup = wakeup;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
        Gauge.builder("intl.outbox.pending", pendingDocuments, AtomicLong::get)
                .description("Aggregates with events not yet acknowledged by the broker")
                .register(meters);
    }

    @Override
    public void start() {
        running = true;
        Thread t = new Thread(this::loop, "outbox-relay");
        t.setDaemon(true);
        worker = t;
        t.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread t = worker;
        if (t != null) {
            t.interrupt();
            try {
                t.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        Duration backoff = Duration.ofMillis(100);
        while (running) {
            try {
                boolean more = publishOnce();
                backoff = Duration.ofMillis(100);
                if (!more) {
                    wakeup.await(properties.pollInterval());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Outbox relay could not publish, retrying in {}: {}", backoff, e.toString());
                try {
                    wakeup.await(backoff);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = min(backoff.multipliedBy(2), properties.maxBackoff());
            }
        }
    }

    /**
     * Publishes what this instance's writes signalled (by id) and, when due, everything a full scan finds; returns
     * whether a scan found a full batch (so there may be more right away).
     *
     * @throws PublishFailedException when the broker did not acknowledge an event; what was acknowledged is removed,
     *     the rest is tried again by id first and by the next full scan, which is then due at once
     */
    public boolean publishOnce() {
        Map<PendingEvents, List<UUID>> signalled = wakeup.drain();
        PendingEvents current = null;
        int done = 0;
        try {
            // each batch read in one round trip, all its events sent before waiting for the first acknowledgement
            for (Map.Entry<PendingEvents, List<UUID>> e : signalled.entrySet()) {
                current = e.getKey();
                List<UUID> ids = e.getValue();
                for (done = 0; done < ids.size(); done += properties.batchSize()) {
                    Claimed claimed =
                            claim(current, ids.subList(done, Math.min(ids.size(), done + properties.batchSize())));
                    // another instance's relay is publishing these right now: ours come after its, next round
                    wakeup.retain(current, claimed.heldElsewhere());
                    publish(current, claimed.documents());
                }
            }
        } catch (RuntimeException e) {
            // what was not acknowledged is tried by id again first (a backlog after an outage goes out by id, not by
            // scanning every document); the full scan, due at once, finds whatever is not retained
            boolean after = false;
            for (Map.Entry<PendingEvents, List<UUID>> entry : signalled.entrySet()) {
                if (entry.getKey() == current) {
                    wakeup.retain(
                            current,
                            entry.getValue().subList(done, entry.getValue().size()));
                    after = true;
                } else if (after) {
                    wakeup.retain(entry.getKey(), entry.getValue());
                }
            }
            nextFullScan = Instant.MIN;
            throw e;
        }
        if (clock.instant().isBefore(nextFullScan)) {
            return false;
        }
        boolean more = false;
        for (PendingEvents store : stores) {
            List<PendingDocument> batch = store.pending(properties.batchSize());
            Claimed claimed = properties.claims()
                    ? claim(store, batch.stream().map(PendingDocument::id).toList())
                    : new Claimed(batch, List.of());
            // what other instances hold is theirs to publish; scanning again at once would find the same
            more |= batch.size() == properties.batchSize()
                    && !claimed.documents().isEmpty();
            publish(store, claimed.documents());
        }
        if (!more) {
            pendingDocuments.set(
                    stores.stream().mapToLong(PendingEvents::countPending).sum());
            nextFullScan = clock.instant().plus(properties.fullScanInterval());
        }
        return more;
    }

    /** With claims off (one instance), a plain read by id: no write per batch (ADR 0573). */
    private Claimed claim(PendingEvents store, List<UUID> ids) {
        if (!properties.claims()) {
            return new Claimed(store.pending(ids), List.of());
        }
        Instant now = clock.instant();
        return store.claim(ids, relayId, now, now.plus(properties.claimDuration()));
    }

    private void publish(PendingEvents store, List<PendingDocument> batch) {
        String topic = store.channel().topic();
        List<List<CompletableFuture<SendResult<String, byte[]>>>> sent = new ArrayList<>();
        RuntimeException failure = null;
        for (PendingDocument doc : batch) {
            List<CompletableFuture<SendResult<String, byte[]>>> futures = new ArrayList<>();
            try {
                for (OutboxEntry entry : doc.entries()) {
                    futures.add(kafka.send(CloudEventRecords.toRecord(store.channel(), doc.id(), entry)));
                }
            } catch (RuntimeException e) {
                failure = e;
            }
            sent.add(futures);
            if (failure != null) {
                break;
            }
        }
        Map<UUID, List<UUID>> acknowledgedByDocument = new LinkedHashMap<>();
        // every claimed document is released, also those not sent because an earlier send failed
        batch.forEach(doc -> acknowledgedByDocument.put(doc.id(), List.of()));
        for (int i = 0; i < sent.size(); i++) {
            PendingDocument doc = batch.get(i);
            List<UUID> acknowledged = new ArrayList<>();
            List<CompletableFuture<SendResult<String, byte[]>>> futures = sent.get(i);
            for (int j = 0; j < futures.size(); j++) {
                OutboxEntry entry = doc.entries().get(j);
                try {
                    futures.get(j).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                    acknowledged.add(entry.id());
                    published(topic).increment();
                    delay(topic).record(Duration.between(entry.time(), clock.instant()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure = new PublishFailedException(topic, e);
                } catch (Exception e) {
                    failures(topic).increment();
                    failure = failure != null ? failure : new PublishFailedException(topic, e);
                }
            }
            acknowledgedByDocument.put(doc.id(), acknowledged);
        }
        store.acknowledge(acknowledgedByDocument, properties.claims() ? relayId : null);
        if (failure != null) {
            throw failure instanceof PublishFailedException p ? p : new PublishFailedException(topic, failure);
        }
    }

    // looked up once per topic: a registry lookup per event showed in the relay's profile
    private Counter published(String topic) {
        return publishedByTopic.computeIfAbsent(
                topic,
                t -> Counter.builder("intl.outbox.published")
                        .description("Events acknowledged by the broker and removed from the outbox")
                        .tag("topic", t)
                        .register(meters));
    }

    private Counter failures(String topic) {
        return failuresByTopic.computeIfAbsent(
                topic,
                t -> Counter.builder("intl.outbox.failures")
                        .description("Publish attempts the broker did not acknowledge (they are retried)")
                        .tag("topic", t)
                        .register(meters));
    }

    private Timer delay(String topic) {
        return delayByTopic.computeIfAbsent(
                topic,
                t -> Timer.builder("intl.outbox.delay")
                        .description("Time from the write that produced an event to the broker's acknowledgement")
                        .tag("topic", t)
                        .register(meters));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    /** The broker did not acknowledge an event; it stays in the outbox and is retried. */
    public static final class PublishFailedException extends RuntimeException {
        PublishFailedException(String topic, Throwable cause) {
            super("Publishing to " + topic + " failed", cause);
        }
    }
}

package org.openintl.platform.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

/**
 * Runs one listener container per {@link EventSubscription} bean, made by Boot's container factory (so the shared
 * error handler with its dead-letter topic applies), each handing the records of a poll to the {@link EventIntake}
 * one by one and, when it applied any, writing one durable checkpoint before the offsets are committed. Refuses to
 * start a subscription for which no schema of a type it applies is on the classpath: that is a build mistake, and
 * every record would otherwise be skipped in silence; refuses two subscriptions of one consumer group as well.
 */
public final class EventSubscriptions implements SmartLifecycle {

    private final List<EventSubscription<?>> subscriptions;
    private final ConcurrentKafkaListenerContainerFactory<String, byte[]> factory;
    private final EventIntake intake;
    private final EventCheckpoints checkpoints;
    private final List<ConcurrentMessageListenerContainer<String, byte[]>> containers = new ArrayList<>();
    private volatile boolean running;

    public EventSubscriptions(
            List<EventSubscription<?>> subscriptions,
            EventSchemaCatalog schemas,
            ConcurrentKafkaListenerContainerFactory<String, byte[]> factory,
            EventIntake intake,
            EventCheckpoints checkpoints) {
        for (EventSubscription<?> s : subscriptions) {
            if (schemas.types().stream().noneMatch(s.types())) {
                throw new IllegalStateException("subscription " + s.group() + " to " + s.topic()
                        + " applies no type whose schema is on the classpath (events/schemas/); known: "
                        + schemas.types());
            }
        }
        long groups =
                subscriptions.stream().map(EventSubscription::group).distinct().count();
        if (groups != subscriptions.size()) {
            // the same consumer declared twice would apply every event twice and split the partitions between them
            throw new IllegalStateException("two subscriptions share a consumer group: "
                    + subscriptions.stream().map(EventSubscription::group).toList());
        }
        this.subscriptions = List.copyOf(subscriptions);
        this.factory = factory;
        this.intake = intake;
        this.checkpoints = checkpoints;
    }

    public List<EventSubscription<?>> all() {
        return subscriptions;
    }

    public Optional<EventSubscription<?>> find(String topic) {
        return subscriptions.stream().filter(s -> s.topic().equals(topic)).findFirst();
    }

    @Override
    public synchronized void start() {
        for (EventSubscription<?> subscription : subscriptions) {
            ConcurrentMessageListenerContainer<String, byte[]> container =
                    factory.createContainer(subscription.topic());
            container.getContainerProperties().setGroupId(subscription.group());
            container.setBeanName(subscription.group());
            container.setupMessageListener(
                    (BatchMessageListener<String, byte[]>) records -> applyAll(records, subscription));
            container.start();
            containers.add(container);
        }
        running = true;
    }

    /**
     * Applies the records of one poll in order, then makes what they wrote durable once ({@link EventCheckpoints})
     * before the container commits their offsets. When a record fails, what came before it is made durable first: the
     * error handler commits those offsets, then retries or dead-letters the failed record and redelivers the rest.
     * If the database cannot take even that, the whole batch is redelivered (applying an event twice changes nothing).
     */
    private void applyAll(List<ConsumerRecord<String, byte[]>> records, EventSubscription<?> subscription) {
        int accepted = 0;
        boolean anyApplied = false;
        try {
            for (; accepted < records.size(); accepted++) {
                anyApplied |= intake.accept(records.get(accepted), subscription) == EventIntake.Outcome.APPLIED;
            }
        } catch (RuntimeException e) {
            checkpoint(subscription, records.subList(0, accepted));
            throw new BatchListenerFailedException(String.valueOf(e.getMessage()), e, records.get(accepted));
        }
        // a poll whose records were all skipped (types this group does not apply) wrote nothing to make durable: its
        // offsets are committed without a checkpoint, which saves a durable write per group and record on topics
        // that carry several aggregates' events (ADR 444, amendment)
        if (anyApplied) {
            checkpoint(subscription, records);
        }
    }

    private void checkpoint(EventSubscription<?> subscription, List<ConsumerRecord<String, byte[]>> applied) {
        try {
            checkpoints.reached(subscription.group(), applied);
        } catch (RuntimeException e) {
            throw new BatchListenerFailedException("checkpoint not written: " + e.getMessage(), e, applied.get(0));
        }
    }

    /**
     * The failure of one record as the record listener reported it: the batch listener's wrapper taken out, so that
     * a dead letter names the handler's exception (and keeps the consumer group the container added).
     */
    static Exception recordFailure(Exception e) {
        if (e instanceof ListenerExecutionFailedException listener
                && listener.getCause() instanceof BatchListenerFailedException batch
                && batch.getCause() != null) {
            return new ListenerExecutionFailedException(
                    String.valueOf(listener.getMessage()), listener.getGroupId(), batch.getCause());
        }
        return e;
    }

    @Override
    public synchronized void stop() {
        containers.forEach(ConcurrentMessageListenerContainer::stop);
        containers.clear();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return AbstractMessageListenerContainer.DEFAULT_PHASE;
    }
}

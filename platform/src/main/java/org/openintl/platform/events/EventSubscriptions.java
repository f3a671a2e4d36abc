package org.openintl.platform.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;

/**
 * Runs one listener container per {@link EventSubscription} bean, made by Boot's container factory (so the shared
 * error handler with its dead-letter topic applies), each handing its records to the {@link EventIntake}. Refuses to
 * start a subscription for which no schema of a type it applies is on the classpath: that is a build mistake, and
 * every record would otherwise be skipped in silence; refuses two subscriptions of one consumer group as well.
 */
public final class EventSubscriptions implements SmartLifecycle {

    private final List<EventSubscription<?>> subscriptions;
    private final ConcurrentKafkaListenerContainerFactory<String, byte[]> factory;
    private final EventIntake intake;
    private final List<ConcurrentMessageListenerContainer<String, byte[]>> containers = new ArrayList<>();
    private volatile boolean running;

    public EventSubscriptions(
            List<EventSubscription<?>> subscriptions,
            EventSchemaCatalog schemas,
            ConcurrentKafkaListenerContainerFactory<String, byte[]> factory,
            EventIntake intake) {
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
                    (MessageListener<String, byte[]>) record -> intake.accept(record, subscription));
            container.start();
            containers.add(container);
        }
        running = true;
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

package org.openintl.platform.events;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.openintl.platform.domain.DomainException;
import org.openintl.platform.health.KafkaHealthIndicator;
import org.openintl.platform.mongo.DatabaseUnavailable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kafka wiring shared by the services: the topics they own, retries with back-off and then {@code <topic>-dlt} for
 * records that cannot be handled (original coordinates and exception in headers, added by Spring Kafka's recoverer).
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(EventsProperties.class)
public class EventsConfiguration {

    @Bean
    EventJson eventJson(JsonMapper mapper) {
        return new EventJson(mapper);
    }

    @Bean
    EventSchemaCatalog eventSchemaCatalog(ResourceLoader resources) {
        return EventSchemaCatalog.fromClasspath(resources.getClassLoader());
    }

    @Bean
    EventIntake eventIntake(EventSchemaCatalog schemas, EventJson json, JsonMapper mapper) {
        return new EventIntake(schemas, json, mapper);
    }

    @Bean
    @SuppressWarnings("unchecked")
    EventSubscriptions eventSubscriptions(
            ObjectProvider<EventSubscription<?>> subscriptions,
            ObjectProvider<EventConsumer<?>> consumers,
            EventSchemaCatalog schemas,
            ConcurrentKafkaListenerContainerFactory<?, ?> factory,
            EventIntake intake,
            MongoDatabase database) {
        List<EventSubscription<?>> all =
                new ArrayList<>(subscriptions.orderedStream().toList());
        consumers.orderedStream().forEach(c -> all.add(c.subscription()));
        return new EventSubscriptions(
                all,
                schemas,
                (ConcurrentKafkaListenerContainerFactory<String, byte[]>) factory,
                intake,
                new EventCheckpoints(database));
    }

    @Bean
    @ConditionalOnProperty("intl.events.topic")
    EventChannel eventChannel(EventsProperties properties) {
        return EventChannel.of(properties.source(), properties.topic());
    }

    @Bean
    KafkaAdmin.NewTopics intlTopics(EventsProperties properties) {
        List<NewTopic> topics = new ArrayList<>();
        if (properties.topic() != null) {
            topics.add(topic(properties.topic(), properties));
        }
        properties.consumes().forEach(t -> topics.add(topic(t + "-dlt", properties)));
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler kafkaErrorHandler(
            KafkaTemplate<String, byte[]> template, EventsProperties properties, MeterRegistry meters) {
        var dlt = new DeadLetterPublishingRecoverer(
                template, (record, e) -> new TopicPartition(record.topic() + "-dlt", -1));
        var backOff = new ExponentialBackOffWithMaxRetries(properties.retries());
        backOff.setInitialInterval(properties.initialBackoff().toMillis());
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(5_000);
        DeadLetterCounters.registerAll(meters, properties);
        // consumer-aware, so that the recoverer can write the consumer group into the dead letter's headers: two
        // services share <topic>-dlt, and each lists and replays only its own (ADR 0441)
        ConsumerAwareRecordRecoverer recoverer = (record, consumer, e) -> {
            DeadLetterCounters.of(meters, record.topic()).increment();
            dlt.accept(record, consumer, EventSubscriptions.recordFailure(e));
        };
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(InvalidEventException.class, DomainException.class);
        // the database out of reach is no fault of the record: wait for it, however long, rather than dead-letter
        // valid events during an outage (the partition pauses; the others go on)
        handler.setBackOffFunction((record, e) -> DatabaseUnavailable.isCause(e) ? untilTheDatabaseIsBack() : null);
        return handler;
    }

    private static BackOff untilTheDatabaseIsBack() {
        var backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(5_000);
        return backOff;
    }

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
        return new KafkaHealthIndicator(admin);
    }

    private static NewTopic topic(String name, EventsProperties properties) {
        return TopicBuilder.name(name)
                .partitions(properties.partitions())
                .replicas(properties.replicas())
                .build();
    }
}

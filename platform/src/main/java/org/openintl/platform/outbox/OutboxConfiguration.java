package org.openintl.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.openintl.platform.aggregate.PendingEvents;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;

/** The relay that publishes the outbox of every {@link PendingEvents} bean (each aggregate store), and what it needs. */
@AutoConfiguration
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    OutboxWakeup outboxWakeup() {
        return new OutboxWakeup();
    }

    @Bean
    OutboxRelay outboxRelay(
            ObjectProvider<PendingEvents> stores,
            KafkaTemplate<String, byte[]> kafka,
            OutboxWakeup wakeup,
            OutboxProperties properties,
            Clock clock,
            MeterRegistry meters) {
        return new OutboxRelay(stores.orderedStream().toList(), kafka, wakeup, properties, clock, meters);
    }
}

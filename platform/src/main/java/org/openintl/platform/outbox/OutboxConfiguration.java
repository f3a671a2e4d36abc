package org.openintl.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;

/** The relay that publishes every {@link AggregateStore} bean's outbox, and what it needs. */
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
            ObjectProvider<AggregateStore<?>> stores,
            KafkaTemplate<String, byte[]> kafka,
            OutboxWakeup wakeup,
            OutboxProperties properties,
            Clock clock,
            MeterRegistry meters) {
        return new OutboxRelay(stores.orderedStream().toList(), kafka, wakeup, properties, clock, meters);
    }
}
